import { dataText } from "../../data/messages";
import { timelineText } from "./messages";
import { yearOf } from "../../data/format-date";
import type { Meeting } from "../../data/schema";

/** Up to this many entries the timeline is one list; longer timelines show a year at a time. */
export const LONG_TIMELINE = 100;

/** A stretch of the timeline shown at once: entries `start` to `end - 1` of the order. */
export type TimelinePage = {
  start: number;
  end: number;
  /** "2014", "2014, part 2 of 3", or "Date not recorded" (no entry in it has a recorded date). */
  label: string;
};

/**
 * Splits a long timeline into pages of one year each, in timeline order. The order is by meeting
 * number, not date, so an entry with no recorded date stays beside its neighbours in the page
 * before it; a year with more than `LONG_TIMELINE` entries is cut into parts.
 */
export function timelinePages(order: readonly Meeting[]): TimelinePage[] {
  if (order.length <= LONG_TIMELINE) {
    return order.length === 0
      ? []
      : [{ start: 0, end: order.length, label: timelineText().pageAll() }];
  }
  const runs: { start: number; end: number; year: number | undefined }[] = [];
  order.forEach((meeting, i) => {
    const year = yearOf(meeting.date);
    const run = runs.at(-1);
    if (run === undefined || (year !== undefined && run.year !== undefined && year !== run.year)) {
      runs.push({ start: i, end: i + 1, year });
      return;
    }
    run.end = i + 1;
    run.year ??= year;
  });
  return runs.flatMap((run) => {
    const label =
      run.year === undefined
        ? dataText().dateNotRecorded()
        : timelineText().pageYear({ year: run.year });
    const parts = Math.ceil((run.end - run.start) / LONG_TIMELINE);
    return Array.from({ length: parts }, (_, p) => ({
      start: run.start + p * LONG_TIMELINE,
      end: Math.min(run.start + (p + 1) * LONG_TIMELINE, run.end),
      label: parts === 1 ? label : timelineText().pagePart({ label, part: p + 1, parts }),
    }));
  });
}

/** The page holding entry `position` (the first page when there is none). */
export function pageAt(pages: readonly TimelinePage[], position: number): number {
  const found = pages.findIndex((page) => position >= page.start && position < page.end);
  return Math.max(found, 0);
}
