import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { useSearchParams } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import {
  filterMeetings,
  filterToParams,
  hostOptions,
  isFiltered,
  parseFilter,
  yearBounds,
  type MeetingFilter,
} from "../../data/meeting-filter";
import { nextRovingIndex } from "./roving-index";
import { TimelineEntry } from "./timeline-entry";
import { TimelineFilters } from "./timeline-filters";
import { pageAt, timelinePages } from "./timeline-pages";
import { TimelinePager } from "./timeline-pager";
import "./timeline.css";

/**
 * The meetings in order, as one tab stop: arrow keys, Home and End move focus between entries
 * (roving tabindex) and Enter opens the focused one. Keys are handled only while focus is inside.
 * The host and year filters live in the address (`?host=TH&from=2012&to=2016`). A long timeline
 * shows one year at a time (decision 010): the keys still move through all of it, and the year
 * shown is the one holding the roving stop.
 */
export function Timeline({
  index,
  selectedId,
}: {
  index: DatasetIndex;
  selectedId: string | undefined;
}) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { filter, ignored } = useMemo(
    () => parseFilter(new URLSearchParams(search), index),
    [search, index],
  );
  const { meetings: order, undatedHidden } = useMemo(
    () => filterMeetings(index, filter),
    [index, filter],
  );
  const hosts = useMemo(() => hostOptions(index), [index]);
  const years = useMemo(() => {
    const bounds = yearBounds(index);
    if (bounds === undefined) return [];
    return Array.from({ length: bounds.last - bounds.first + 1 }, (_, i) => bounds.first + i);
  }, [index]);

  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const container = useRef<HTMLElement>(null);
  const pages = useMemo(() => timelinePages(order), [order]);
  const selectedIndex = order.findIndex((m) => m.id === selectedId);
  const [focused, setFocused] = useState<{
    index: number;
    forSelection: string | undefined;
  } | null>(null);
  // A new selection (from the URL) resets the roving stop to it; until then, focus moves freely.
  const rovingIndex = Math.min(
    focused !== null && focused.forSelection === selectedId
      ? focused.index
      : Math.max(selectedIndex, 0),
    Math.max(order.length - 1, 0),
  );
  const pageIndex = pageAt(pages, rovingIndex);
  const page = pages[pageIndex] ?? { start: 0, end: 0, label: "" };
  const paged = pages.length > 1;

  const registerLink = useCallback((position: number, element: HTMLAnchorElement | null) => {
    links.current[position] = element;
  }, []);
  // Read through a ref so that onFocusAt stays the same function and entries need not re-render.
  const selection = useRef(selectedId);
  useEffect(function trackSelection() {
    selection.current = selectedId;
  });
  const onFocusAt = useCallback((position: number) => {
    setFocused({ index: position, forSelection: selection.current });
  }, []);

  useEffect(
    function revealSelectedEntry() {
      // Measured in the next frame, when the browser has laid the page out anyway: measuring now
      // would force that layout inside the render's task and make it one long task.
      const frame = requestAnimationFrame(() => {
        const link = links.current[selectedIndex];
        const list = container.current;
        if (link === null || link === undefined || list === null) return;
        // Scroll only the timeline's own box; scrollIntoView would move the page as well.
        const top =
          link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
        if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) {
          list.scrollTop = Math.max(0, top - list.clientHeight / 3);
        }
      });
      return () => {
        cancelAnimationFrame(frame);
      };
    },
    [selectedIndex, page.start],
  );

  function showPage(target: number) {
    const start = pages[target]?.start;
    if (start !== undefined) setFocused({ index: start, forSelection: selectedId });
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const target =
      paged && event.key === "PageDown"
        ? pages[pageIndex + 1]?.start
        : paged && event.key === "PageUp"
          ? pages[pageIndex - 1]?.start
          : nextRovingIndex(event.key, rovingIndex, order.length);
    if (target === undefined) return;
    event.preventDefault();
    // The target may be in another year: render it before moving focus to it.
    flushSync(() => {
      setFocused({ index: target, forSelection: selectedId });
    });
    links.current[target]?.focus();
  }

  // The address as last written, ahead of the render (setSearchParams hands a function this
  // render's params): two quick changes must both stick. Until the last write shows up in the
  // address, older addresses arriving from renders still in flight are ignored.
  const written = useRef(search);
  const pending = useRef<string | null>(null);
  useEffect(
    function followTheAddress() {
      if (pending.current !== null && pending.current !== search) return;
      pending.current = null;
      written.current = search;
    },
    [search],
  );
  function changeFilter(patch: Partial<MeetingFilter>, clear = false) {
    const latest = parseFilter(new URLSearchParams(written.current), index).filter;
    const next = filterToParams(clear ? {} : { ...latest, ...patch }).toString();
    written.current = next;
    pending.current = next;
    setParams(new URLSearchParams(next), { replace: true });
  }

  const filtered = isFiltered(filter);
  return (
    <nav className="timeline" aria-labelledby="timeline-heading" ref={container}>
      <h2 id="timeline-heading" className="timeline__heading">
        Timeline
      </h2>
      <TimelineFilters filter={filter} hosts={hosts} years={years} onChange={changeFilter} />
      {ignored.length > 0 ? (
        <p className="timeline__notice">
          Not understood in the address, so not applied: {ignored.join(", ")}.
        </p>
      ) : null}
      <p className="timeline__hint" id="timeline-hint" role="status">
        {filtered
          ? `Showing ${order.length} of ${index.order.length} entries.`
          : `${order.length} entries.`}
        {undatedHidden > 0
          ? ` ${undatedHidden} with no recorded date ${undatedHidden === 1 ? "is" : "are"} left out by the year filter.`
          : ""}{" "}
        {paged
          ? `Shown a year at a time: ${page.label}, entries ${page.start + 1}–${page.end}. `
          : ""}
        {order.length > 0 ? "Use the arrow keys to move, Enter to open." : ""}
        {paged ? " Page Up and Page Down change the year." : ""}
      </p>
      {filtered ? (
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              changeFilter({}, true);
            }}
          >
            Clear filters
          </button>
        </p>
      ) : null}
      {paged ? <TimelinePager pages={pages} current={pageIndex} onShow={showPage} /> : null}
      {order.length === 0 ? (
        <p className="timeline__empty">No meetings match these filters.</p>
      ) : (
        // The list handles keys for its links; each link stays the focusable, interactive element.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <ol className="timeline__list" onKeyDown={onKeyDown} aria-describedby="timeline-hint">
          {order.slice(page.start, page.end).map((meeting, i) => (
            <TimelineEntry
              key={meeting.id}
              index={index}
              meeting={meeting}
              position={page.start + i}
              search={search}
              selected={meeting.id === selectedId}
              tabbable={page.start + i === rovingIndex}
              registerLink={registerLink}
              onFocusAt={onFocusAt}
            />
          ))}
        </ol>
      )}
      {selectedId !== undefined && selectedIndex === -1 && filtered ? (
        <p className="timeline__notice">The selected entry is not in the filtered timeline.</p>
      ) : null}
    </nav>
  );
}
