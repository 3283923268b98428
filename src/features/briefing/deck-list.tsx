import { useLayoutEffect, useRef, useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import type { SlideRef } from "../../data/deck";
import { slideToken } from "../../data/deck-address";
import { refLabel } from "../../data/slide-label";
import { briefingText } from "./messages";
import { moveItem } from "./move-item";
import { SlideNotes } from "./slide-notes";

/** A key per slide that moves with it: the slide's token, and which of that token it is. */
function slideKeys(refs: readonly SlideRef[]): string[] {
  const seen = new Map<string, number>();
  return refs.map((ref) => {
    const token = slideToken(ref);
    const n = (seen.get(token) ?? 0) + 1;
    seen.set(token, n);
    return `${token}#${String(n)}`;
  });
}

/**
 * The briefing's slides in order. Each can be moved up or down by its buttons (keyboard), dragged
 * to another place (pointer), removed, and given speaker notes. Focus stays on the button used, on
 * the slide that moved, so a keyboard user can press it again.
 */
export function DeckList({
  index,
  notesKey,
  refs,
  latest,
  onChange,
}: {
  index: DatasetIndex;
  notesKey: string;
  refs: readonly SlideRef[];
  /** The deck as last changed, which a quick second key press must build on. */
  latest: () => readonly SlideRef[];
  onChange: (refs: SlideRef[], said: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const [dragged, setDragged] = useState<number | undefined>();
  // Where focus goes once the list shows a move: the same button, on the slide that moved. Before
  // paint, in the commit's own task: reordering the list can take focus from the button, and a key
  // pressed between the commit and a later effect went to the page and was lost.
  const pendingFocus = useRef<{ at: number; action: string } | null>(null);
  useLayoutEffect(
    function focusTheMovedSlide() {
      const pending = pendingFocus.current;
      if (pending === null) return;
      pendingFocus.current = null;
      const item = list.current?.querySelectorAll<HTMLElement>(":scope > li").item(pending.at);
      item?.querySelector<HTMLElement>(`[data-action="${pending.action}"]`)?.focus();
    },
    [refs],
  );
  const keys = slideKeys(refs);

  /** Moves the slide with key `key` by `delta` places (or to `to`), from the deck as last changed. */
  function move(key: string, target: (from: number) => number, focus: string) {
    const current = latest();
    const from = slideKeys(current).indexOf(key);
    const to = target(from);
    if (from === -1 || to < 0 || to >= current.length || from === to) return;
    const moved = current[from];
    if (moved === undefined) return;
    onChange(
      moveItem(current, from, to),
      briefingText().moved({ label: refLabel(index, moved), n: to + 1 }),
    );
    pendingFocus.current = { at: to, action: focus };
  }

  const text = briefingText();
  if (refs.length === 0) {
    return <p className="briefing__empty">{text.noSlides()}</p>;
  }
  return (
    <ol className="briefing__deck" ref={list} aria-label={text.deckLabel()}>
      {refs.map((ref, i) => {
        const label = refLabel(index, ref);
        return (
          <li
            key={keys[i]}
            className={`briefing__slide${dragged === i ? " briefing__slide--dragged" : ""}`}
            draggable
            onDragStart={(event) => {
              setDragged(i);
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", keys[i] ?? "");
            }}
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = "move";
            }}
            onDrop={(event) => {
              event.preventDefault();
              const from = event.dataTransfer.getData("text/plain");
              setDragged(undefined);
              move(from, () => i, "up");
            }}
            onDragEnd={() => {
              setDragged(undefined);
            }}
          >
            <span className="briefing__grip" aria-hidden="true">
              ⠿
            </span>
            <span className="briefing__number">{i + 1}.</span>
            <span className="briefing__label">{label}</span>
            <span className="briefing__actions">
              <button
                type="button"
                data-action="up"
                aria-label={text.moveUpLabel({ label })}
                disabled={i === 0}
                onClick={() => {
                  move(keys[i] ?? "", (from) => from - 1, "up");
                }}
              >
                {text.moveUp()}
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={text.moveDownLabel({ label })}
                disabled={i === refs.length - 1}
                onClick={() => {
                  move(keys[i] ?? "", (from) => from + 1, "down");
                }}
              >
                {text.moveDown()}
              </button>
              <button
                type="button"
                aria-label={text.removeLabel({ label })}
                onClick={() => {
                  const current = latest();
                  const at = slideKeys(current).indexOf(keys[i] ?? "");
                  if (at === -1) return;
                  onChange(
                    current.filter((_, j) => j !== at),
                    text.removed({ label }),
                  );
                }}
              >
                {text.remove()}
              </button>
            </span>
            <SlideNotes notesKey={notesKey} slideRef={ref} label={label} />
          </li>
        );
      })}
    </ol>
  );
}
