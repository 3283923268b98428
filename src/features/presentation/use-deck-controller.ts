import { useEffect, useRef } from "react";

/** Moves a deck of `total` slides; slide numbers are 1-based. */
export type DeckController = {
  /** The slide on screen, as the address names it. */
  current: number;
  total: number;
  /** Shows slide `n`, clamped to the deck; nothing happens when the deck is already going there. */
  goTo: (n: number) => void;
  /** Shows the slide `delta` slides on (negative: back) from where the deck is going. */
  step: (delta: number) => void;
};

/**
 * A deck's position and its moves. `show(n)` makes slide n current (the route navigates to its
 * address). The position runs ahead of the render: a clicker pressed twice during one route
 * transition moves two slides, not one. Any window showing the deck (the audience's, a speaker
 * view) drives it through one of these.
 */
export function useDeckController(
  current: number,
  total: number,
  show: (n: number) => void,
): DeckController {
  const position = useRef(current);
  useEffect(
    function followTheAddress() {
      position.current = current;
    },
    [current],
  );
  function goTo(n: number) {
    const target = Math.min(Math.max(n, 1), total);
    if (target === position.current) return;
    position.current = target;
    show(target);
  }
  return {
    current,
    total,
    goTo,
    step: (delta) => {
      goTo(position.current + delta);
    },
  };
}
