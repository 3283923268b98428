import { useRef, useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import type { SlideRef } from "../../data/deck";
import { refLabel } from "../../data/slide-label";
import { moveItem } from "./move-item";
import { SlideNotes } from "./slide-notes";

/**
 * The briefing's slides in order. Each can be moved up or down by its buttons (keyboard), dragged
 * to another place (pointer), removed, and given speaker notes. Focus stays on the button used, on
 * the slide that moved, so a keyboard user can press it again.
 */
export function DeckList({
  index,
  notesKey,
  refs,
  onChange,
}: {
  index: DatasetIndex;
  notesKey: string;
  refs: readonly SlideRef[];
  onChange: (refs: SlideRef[], said: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const [dragged, setDragged] = useState<number | undefined>();

  function move(from: number, to: number, focus: string) {
    if (to < 0 || to >= refs.length || from === to) return;
    onChange(
      moveItem(refs, from, to),
      `Moved “${refLabel(index, refs[from] ?? { kind: "title" })}” to place ${String(to + 1)}.`,
    );
    // After the list has re-rendered with the slide in its new place.
    requestAnimationFrame(() => {
      const item = list.current?.querySelectorAll<HTMLElement>(":scope > li").item(to);
      item?.querySelector<HTMLElement>(`[data-action="${focus}"]`)?.focus();
    });
  }

  if (refs.length === 0) {
    return <p className="briefing__empty">No slides yet: add some from the list beside.</p>;
  }
  return (
    <ol className="briefing__deck" ref={list} aria-label="Slides of this briefing">
      {refs.map((ref, i) => {
        const label = refLabel(index, ref);
        return (
          <li
            key={`${String(i)}-${ref.kind}`}
            className={`briefing__slide${dragged === i ? " briefing__slide--dragged" : ""}`}
            draggable
            onDragStart={(event) => {
              setDragged(i);
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", String(i));
            }}
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = "move";
            }}
            onDrop={(event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer.getData("text/plain"));
              setDragged(undefined);
              if (Number.isInteger(from)) move(from, i, "up");
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
                disabled={i === 0}
                onClick={() => {
                  move(i, i - 1, "up");
                }}
              >
                Move up<span className="visually-hidden">: {label}</span>
              </button>
              <button
                type="button"
                data-action="down"
                disabled={i === refs.length - 1}
                onClick={() => {
                  move(i, i + 1, "down");
                }}
              >
                Move down<span className="visually-hidden">: {label}</span>
              </button>
              <button
                type="button"
                onClick={() => {
                  onChange(
                    refs.filter((_, j) => j !== i),
                    `Removed “${label}”.`,
                  );
                }}
              >
                Remove<span className="visually-hidden">: {label}</span>
              </button>
            </span>
            <SlideNotes notesKey={notesKey} slideRef={ref} label={label} />
          </li>
        );
      })}
    </ol>
  );
}
