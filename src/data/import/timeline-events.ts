import { NOT_RECORDED } from "../not-recorded";
import type { Dataset, Meeting, PartialDate } from "../schema";
import { problemText } from "../problem-text";
import { htmlToText } from "./html-text";
import {
  blankMeeting,
  FILE_CITATION,
  fileSource,
  isoDay,
  type Imported,
  type ProblemList,
} from "./imported-parts";

/** A date's parts as a TimelineJS slide gives them, each still as the file wrote it. */
export type RawDateParts = { year: unknown; month: unknown; day: unknown; time: unknown };

/**
 * What a TimelineJS slide (from its JSON or its spreadsheet) says that this app can keep. `at`
 * names the slide in messages ("row 5", "events[3]"); `field` names one of its values there
 * (`row 5, column "Year"`, `events[3].start_date.year`).
 */
export type TimelineSlide = {
  at: string;
  field: (name: "year" | "month" | "day" | "end year" | "end month" | "end day") => string;
  start: RawDateParts;
  end: RawDateParts;
  headline: string;
  text: string;
  displayDate: string;
  group: string;
  uniqueId: string;
  hasMedia: boolean;
  hasBackground: boolean;
};

type KnownDate = Exclude<PartialDate, typeof NOT_RECORDED>;

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** The years the dataset's schema accepts for a year-only date; imports hold every date to them. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function blank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** A whole number from a number or its digits; undefined when blank; NaN when it is not one. */
function whole(value: unknown): number | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "number") return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return Number.NaN;
}

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

/**
 * A slide's date at the precision it gives (day, month or year), or undefined with a problem
 * added. `start` says which of the two dates it is, for the messages.
 */
function partialDate(
  slide: TimelineSlide,
  parts: RawDateParts,
  which: "start" | "end",
  problems: ProblemList,
): KnownDate | undefined {
  const name = (part: "year" | "month" | "day") =>
    slide.field(which === "start" ? part : `end ${part}`);
  const year = whole(parts.year);
  const month = whole(parts.month);
  const day = whole(parts.day);
  const before = problems.problems.length;
  if (year === undefined) problems.add(name("year"), problemText().yearNeeded());
  else if (Number.isNaN(year)) {
    problems.add(name("year"), problemText().notAYear({ value: shown(parts.year) }));
  } else if (year < FIRST_YEAR || year > LAST_YEAR) {
    problems.add(
      name("year"),
      problemText().yearOutside({ year, first: FIRST_YEAR, last: LAST_YEAR }),
    );
  }
  if (month !== undefined && (Number.isNaN(month) || month < 1 || month > 12)) {
    problems.add(name("month"), problemText().notAMonth({ value: shown(parts.month) }));
  }
  if (day !== undefined && (Number.isNaN(day) || day < 1 || day > 31)) {
    problems.add(name("day"), problemText().notADayOfMonth({ value: shown(parts.day) }));
  } else if (day !== undefined && month === undefined) {
    problems.add(name("day"), problemText().dayWithoutMonth());
  }
  if (problems.problems.length > before || year === undefined) return undefined;
  if (month === undefined) return { precision: "year", year };
  if (day === undefined) {
    return {
      precision: "month",
      month: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
    };
  }
  const start = isoDay(year, month, day);
  if (start === undefined) {
    problems.add(
      name("day"),
      problemText().notInCalendar({ date: `${String(year)}-${String(month)}-${String(day)}` }),
    );
    return undefined;
  }
  return { precision: "day", start };
}

/** The slide's own words, kept beside the record: its display date and group, when it gives them. */
function slideNotes(slide: TimelineSlide): string[] | undefined {
  const notes = [
    slide.displayDate === "" ? "" : `Date as the file displays it: ${slide.displayDate}`,
    slide.group === "" ? "" : `Group in the file: ${slide.group}`,
  ].filter((note) => note !== "");
  return notes.length === 0 ? undefined : notes;
}

/**
 * TimelineJS slides as a dataset of related events, each citing the file itself. What TimelineJS
 * cannot say (sources, venues, co-chairs, hosts, achievements, status, numbering) is "not
 * recorded"; what this app cannot show (media, backgrounds, eras, times of day, an end date that is
 * not a span of days) is listed in `leftOut`. Problems (a row without a year, 31 April) are added
 * to `problems` by row and column, or by path.
 */
export function timelineDataset(
  slides: readonly TimelineSlide[],
  title: TimelineSlide | undefined,
  eras: number,
  fileName: string,
  format: string,
  problems: ProblemList,
): Imported {
  const used = new Set<string>();
  const left = {
    media: title?.hasMedia === true ? 1 : 0,
    background: title?.hasBackground === true ? 1 : 0,
    time: 0,
    end: 0,
    id: 0,
  };
  const meetings: Meeting[] = [];
  slides.forEach((slide, i) => {
    const start = partialDate(slide, slide.start, "start", problems);
    const hasEnd = !blank(slide.end.year) || !blank(slide.end.month) || !blank(slide.end.day);
    const end = hasEnd ? partialDate(slide, slide.end, "end", problems) : undefined;
    if (!blank(slide.start.time) || !blank(slide.end.time)) left.time += 1;
    if (slide.hasMedia) left.media += 1;
    if (slide.hasBackground) left.background += 1;
    let id = slide.uniqueId.trim().toLowerCase();
    if (!ID.test(id) || used.has(id)) {
      if (slide.uniqueId.trim() !== "") left.id += 1;
      id = `event-${String(i + 1)}`;
    }
    for (let n = 2; used.has(id); n += 1) id = `event-${String(i + 1)}-${String(n)}`;
    used.add(id);
    const headline = htmlToText(slide.headline);
    const text = htmlToText(slide.text);
    const meeting: Meeting = {
      ...blankMeeting(id, headline === "" ? NOT_RECORDED : headline),
      summary: text === "" ? NOT_RECORDED : text,
    };
    const notes = slideNotes(slide);
    if (notes !== undefined) meeting.notes = notes;
    if (start !== undefined) {
      meeting.date = start;
      if (end !== undefined) {
        // This app keeps an end only for a span of days; a later day of the same precision.
        if (start.precision === "day" && end.precision === "day" && end.start >= start.start) {
          if (end.start !== start.start) meeting.date = { ...start, end: end.start };
        } else left.end += 1;
      }
    }
    meetings.push(meeting);
  });
  const t = problemText();
  /** A line of `leftOut` for what `count` slides gave, none when none did. */
  const ifAny = (count: number, line: (values: { count: number }) => string) =>
    count === 0 ? [] : [line({ count })];
  const leftOut = [
    ...ifAny(left.media, t.leftOutMedia),
    ...ifAny(left.background, t.leftOutBackgrounds),
    ...ifAny(left.time, t.leftOutTimes),
    ...ifAny(left.end, t.leftOutEnds),
    ...ifAny(eras, t.leftOutEras),
    ...ifAny(left.id, t.leftOutIds),
    t.leftOutTimelineFields(),
  ];
  const titleText = title === undefined ? "" : htmlToText(title.headline);
  const summary = title === undefined ? "" : htmlToText(title.text);
  const dataset: Dataset = {
    version: 1,
    series: {
      name: titleText === "" ? NOT_RECORDED : titleText,
      summary: summary === "" ? NOT_RECORDED : summary,
      participants: NOT_RECORDED,
      organisers: NOT_RECORDED,
      sources: [FILE_CITATION],
    },
    sources: [fileSource(fileName)],
    venues: [],
    meetings,
  };
  return { dataset, format, leftOut, origins: slides.map((slide) => slide.at) };
}
