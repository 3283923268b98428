import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Slide } from "../../data/deck";
import { slideLabel } from "../../data/slide-label";
import { presentText } from "./messages";

/** The kind of a slide in a word, for its thumbnail. */
function kindOf(slide: Slide): string {
  const text = presentText();
  switch (slide.kind) {
    case "title":
      return text.kindTitle();
    case "overview":
      return text.kindMap();
    case "timeline":
      return text.kindTimeline();
    case "meeting":
      return slide.meeting.kind === "related-event" ? text.kindRelatedEvent() : text.kindMeeting();
    case "achievement":
      return text.kindAchievement();
    case "text":
      return text.kindText();
    case "closing":
      return text.kindClosing();
  }
}

/**
 * Every slide at a glance (O or G): a grid of thumbnails in deck order. Arrow keys move between
 * them, Enter or a click jumps to one, Esc returns to the slide shown before.
 */
export function OverviewGrid({
  slides,
  current,
  onPick,
  onClose,
}: {
  slides: readonly Slide[];
  current: number;
  onPick: (n: number) => void;
  onClose: () => void;
}) {
  const [focused, setFocused] = useState(current);
  const list = useRef<HTMLOListElement>(null);
  useEffect(
    function focusTheThumbnail() {
      list.current?.querySelectorAll("button")[focused - 1]?.focus();
    },
    [focused],
  );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const columns = list.current
      ? getComputedStyle(list.current).gridTemplateColumns.split(" ").length
      : 1;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
    };
    const move = moves[event.key];
    // Keys the grid handles are its own: the presenter's window-wide keys must not act on them too.
    if (
      event.key === "Escape" ||
      event.key === "Home" ||
      event.key === "End" ||
      move !== undefined
    ) {
      event.stopPropagation();
    }
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      setFocused(event.key === "Home" ? 1 : slides.length);
    } else if (move !== undefined) {
      event.preventDefault();
      setFocused((n) => Math.min(Math.max(n + move, 1), slides.length));
    }
  }

  return (
    // The dialog moves focus between its thumbnails; each thumbnail is a button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="presenter__grid"
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-grid-title"
      onKeyDown={onKeyDown}
    >
      <h2 id="presenter-grid-title">
        {presentText().gridTitle({ count: slides.length })}{" "}
        <span className="presenter__grid-hint">{presentText().gridHint()}</span>
      </h2>
      <ol className="presenter__grid-list" ref={list}>
        {slides.map((slide, i) => (
          <li key={i}>
            <button
              type="button"
              className="presenter__thumb"
              aria-current={i + 1 === current ? "true" : undefined}
              tabIndex={i + 1 === focused ? 0 : -1}
              onClick={() => {
                onPick(i + 1);
              }}
              onFocus={() => {
                setFocused(i + 1);
              }}
            >
              <span className="presenter__thumb-number">{i + 1}</span>
              <span className="presenter__thumb-kind">{kindOf(slide)}</span>
              <span className="presenter__thumb-title">{slideLabel(slide)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
