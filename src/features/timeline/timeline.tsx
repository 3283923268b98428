import { withCatalogs } from "../../data/i18n/catalogs";
import { lazy, Suspense, useEffect, useMemo, useRef } from "react";
import { earlyClicksReady } from "../../components/early-clicks";
import type { DatasetIndex } from "../../data/dataset-index";
import { filterMeetings, isFiltered } from "../../data/meeting-filter";
import { TimelineEntry } from "./timeline-entry";
import { timelinePages } from "./timeline-pages";
import { useFilterInAddress } from "./use-filter-in-address";
import { useRevealSelected } from "./use-reveal-selected";
import { useRovingFocus } from "./use-roving-focus";
import { timelineText } from "./messages";
import "./timeline.css";

// The filters' code is fetched as the page starts, beside the dataset, and kept off the first
// screen's budget (decision 019); a prerendered page shows them from its markup meanwhile.
const loadFilters = () => import("./timeline-filters").then(withCatalogs);
if (typeof window !== "undefined") void loadFilters();
const TimelineFilters = lazy(() =>
  loadFilters().then((module) => ({ default: module.TimelineFilters })),
);

// Only a dataset of more than a hundred entries is paged: its code stays off everyone else's first screen.
const TimelinePager = lazy(() =>
  import("./timeline-pager")
    .then(withCatalogs)
    .then((module) => ({ default: module.TimelinePager })),
);

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
  const { filter, ignored, swapped, search, change, clear } = useFilterInAddress(index);
  const { meetings: order, undatedHidden } = useMemo(
    () => filterMeetings(index, filter),
    [index, filter],
  );
  const pages = useMemo(() => timelinePages(order), [order]);
  const selectedIndex = order.findIndex((m) => m.id === selectedId);
  const roving = useRovingFocus({
    count: order.length,
    selected: selectedIndex,
    selectionKey: selectedId,
    pages,
  });
  const page = pages[roving.pageIndex] ?? { start: 0, end: 0, label: "" };
  const paged = pages.length > 1;
  const container = useRef<HTMLElement>(null);
  useRevealSelected(container, roving.links, selectedIndex, page.start);

  const filtered = isFiltered(filter);
  const text = timelineText();
  // The same element while the filter is the same: a lazy part that is handed a new element while
  // it hydrates is drawn again from its (empty) fallback, and the timeline jumps under the pointer.
  const filters = useMemo(
    () => (
      <Suspense fallback={null}>
        <TimelineFilters filter={filter} index={index} onChange={change} />
      </Suspense>
    ),
    [filter, index, change],
  );
  useEffect(function answerEarlyClicks() {
    earlyClicksReady("timeline");
  }, []);
  return (
    <nav
      className="timeline"
      aria-labelledby="timeline-heading"
      ref={container}
      data-early-clicks="timeline"
    >
      <h2 id="timeline-heading" className="timeline__heading">
        {text.heading()}
      </h2>
      {filters}
      {ignored.length > 0 ? (
        <p className="timeline__notice">{text.notUnderstood({ names: ignored.join(", ") })}</p>
      ) : null}
      {swapped ? (
        <p className="timeline__notice">
          {text.yearsSwapped({ from: filter.from ?? "", to: filter.to ?? "" })}
        </p>
      ) : null}
      <p className="timeline__hint" id="timeline-hint" role="status">
        {[
          filtered
            ? text.showingSome({ shown: order.length, total: index.order.length })
            : text.entries({ count: order.length }),
          undatedHidden > 0 ? text.undatedHidden({ count: undatedHidden }) : "",
          paged ? text.pagedHint({ year: page.label, first: page.start + 1, last: page.end }) : "",
          order.length > 0 ? text.keysHint() : "",
          paged ? text.pageKeysHint() : "",
        ]
          .filter((sentence) => sentence !== "")
          .join(text.sentenceSeparator())}
      </p>
      {filtered ? (
        <p>
          <button type="button" className="button button--small" onClick={clear}>
            {text.clearFilters()}
          </button>
        </p>
      ) : null}
      {paged ? (
        <Suspense fallback={null}>
          <TimelinePager pages={pages} current={roving.pageIndex} onShow={roving.showPage} />
        </Suspense>
      ) : null}
      {order.length === 0 ? (
        <p className="timeline__empty">
          {index.order.length === 0 ? text.emptyDataset() : text.noMatch()}
        </p>
      ) : (
        // The list handles keys for its links; each link stays the focusable, interactive element.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <ol
          className="timeline__list"
          onKeyDown={roving.onKeyDown}
          aria-describedby="timeline-hint"
        >
          {order.slice(page.start, page.end).map((meeting, i) => (
            <TimelineEntry
              key={meeting.id}
              index={index}
              meeting={meeting}
              position={page.start + i}
              search={search}
              selected={meeting.id === selectedId}
              tabbable={page.start + i === roving.stop}
              registerLink={roving.registerLink}
              onFocusAt={roving.onFocusAt}
            />
          ))}
        </ol>
      )}
      {selectedId !== undefined && selectedIndex === -1 && filtered ? (
        <p className="timeline__notice">{text.selectedFilteredOut()}</p>
      ) : null}
    </nav>
  );
}
