import type { DatasetIndex } from "./dataset-index";
import { yearOf } from "./format-date";
import { shortLabel } from "./meeting-labels";
import type { Meeting } from "./schema";
import { deckText } from "./deck-messages";

/** The timeline slide's drawing area, in SVG units (16:9 less the slide's heading). */
export const TIMELINE_WIDTH = 1600;
export const TIMELINE_HEIGHT = 640;
const MARGIN = 70;
const AXIS_Y = 330;
const STEP = 74;

export type TimelineMark = {
  meeting: Meeting;
  /** "7" for the 7th policy meeting; "R" for a related event. */
  label: string;
  x: number;
  y: number;
  kind: "policy" | "related";
};

export type TimelineLayout = {
  years: { year: number; x: number }[];
  marks: TimelineMark[];
  /** Entries with no recorded year, named under the drawing rather than placed on a guess. */
  undated: Meeting[];
  axisY: number;
};

/**
 * Where each entry of the series goes on the one-slide timeline: years along the axis, policy
 * meetings above it (by number), related events below it, more than one in a year stacked.
 * Pure: the same dataset gives the same drawing in Node and in the browser.
 */
export function timelineLayout(index: DatasetIndex): TimelineLayout {
  const dated = index.order.flatMap((meeting) => {
    const year = yearOf(meeting.date);
    return year === undefined ? [] : [{ meeting, year }];
  });
  const undated = index.order.filter((meeting) => yearOf(meeting.date) === undefined);
  if (dated.length === 0) return { years: [], marks: [], undated, axisY: AXIS_Y };
  const first = Math.min(...dated.map((d) => d.year));
  const last = Math.max(...dated.map((d) => d.year));
  const span = Math.max(last - first, 1);
  const xOf = (year: number) =>
    last === first
      ? TIMELINE_WIDTH / 2
      : MARGIN + ((year - first) / span) * (TIMELINE_WIDTH - 2 * MARGIN);
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    x: xOf(first + i),
  }));
  const stacked = new Map<string, number>();
  const marks = dated.map(({ meeting, year }): TimelineMark => {
    const kind = meeting.kind === "policy-meeting" ? "policy" : "related";
    const key = `${String(year)}-${kind}`;
    const level = stacked.get(key) ?? 0;
    stacked.set(key, level + 1);
    // Related events sit below the year labels.
    const y = kind === "policy" ? AXIS_Y - 60 - level * STEP : AXIS_Y + 110 + level * STEP;
    return {
      meeting,
      label: meeting.number === null ? "R" : String(meeting.number),
      x: xOf(year),
      y,
      kind,
    };
  });
  return { years, marks, undated, axisY: AXIS_Y };
}

/** The words under the drawing for entries the sources give no year for. */
export function undatedNote(undated: readonly Meeting[]): string | undefined {
  if (undated.length === 0) return undefined;
  const text = deckText();
  return text.yearNotRecorded({ list: undated.map(shortLabel).join(text.labelSeparator()) });
}
