import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { nextRovingIndex } from "./roving-index";
import { TimelineEntry } from "./timeline-entry";
import "./timeline.css";

/**
 * The meetings in order, as one tab stop: arrow keys, Home and End move focus between entries
 * (roving tabindex) and Enter opens the focused one. Keys are handled only while focus is inside.
 */
export function Timeline({
  index,
  selectedId,
}: {
  index: DatasetIndex;
  selectedId: string | undefined;
}) {
  const order = index.order;
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const container = useRef<HTMLElement>(null);
  const selectedIndex = order.findIndex((m) => m.id === selectedId);
  const [focused, setFocused] = useState<{
    index: number;
    forSelection: string | undefined;
  } | null>(null);
  // A new selection (from the URL) resets the roving stop to it; until then, focus moves freely.
  const rovingIndex =
    focused !== null && focused.forSelection === selectedId
      ? focused.index
      : Math.max(selectedIndex, 0);

  useEffect(
    function revealSelectedEntry() {
      const link = links.current[selectedIndex];
      const list = container.current;
      if (link === null || link === undefined || list === null) return;
      // Scroll only the timeline's own box; scrollIntoView would move the page as well.
      const top =
        link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
      if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = Math.max(0, top - list.clientHeight / 3);
      }
    },
    [selectedIndex],
  );

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const target = nextRovingIndex(event.key, rovingIndex, order.length);
    if (target === undefined) return;
    event.preventDefault();
    setFocused({ index: target, forSelection: selectedId });
    links.current[target]?.focus();
  }

  return (
    <nav className="timeline" aria-labelledby="timeline-heading" ref={container}>
      <h2 id="timeline-heading" className="timeline__heading">
        Timeline
      </h2>
      <p className="timeline__hint" id="timeline-hint">
        {order.length} entries. Use the arrow keys to move, Enter to open.
      </p>
      {/* The list handles keys for its links; each link stays the focusable, interactive element. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ol className="timeline__list" onKeyDown={onKeyDown} aria-describedby="timeline-hint">
        {order.map((meeting, i) => (
          <TimelineEntry
            key={meeting.id}
            index={index}
            meeting={meeting}
            selected={meeting.id === selectedId}
            tabbable={i === rovingIndex}
            registerLink={(element) => {
              links.current[i] = element;
            }}
            onFocus={() => {
              setFocused({ index: i, forSelection: selectedId });
            }}
          />
        ))}
      </ol>
    </nav>
  );
}
