import * as z from "zod/mini";
import { DatasetError } from "../dataset-error";
import { problemText } from "../problem-text";
// zod's own messages, in the page's language.
import "../zod-locale";
import { importHeading, ProblemList, type Imported } from "./imported-parts";
import { timelineDataset, type TimelineSlide } from "./timeline-events";

// TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html), read loosely:
// only what this app can keep is looked at, and every value is checked where it is used.
const DateJson = z.looseObject({
  year: z.optional(z.unknown()),
  month: z.optional(z.unknown()),
  day: z.optional(z.unknown()),
  hour: z.optional(z.unknown()),
  minute: z.optional(z.unknown()),
  display_date: z.optional(z.unknown()),
});
const SlideJson = z.looseObject({
  start_date: z.optional(DateJson),
  end_date: z.optional(DateJson),
  text: z.optional(
    z.looseObject({ headline: z.optional(z.unknown()), text: z.optional(z.unknown()) }),
  ),
  media: z.optional(z.unknown()),
  background: z.optional(z.unknown()),
  group: z.optional(z.unknown()),
  display_date: z.optional(z.unknown()),
  unique_id: z.optional(z.unknown()),
});
const TimelineJson = z.looseObject({
  title: z.optional(SlideJson),
  events: z.array(SlideJson),
  eras: z.optional(z.array(z.unknown())),
});

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function slideOf(slide: z.infer<typeof SlideJson>, at: string): TimelineSlide {
  const start = slide.start_date ?? {};
  const end = slide.end_date ?? {};
  const time = (date: z.infer<typeof DateJson>) => date.hour ?? date.minute;
  return {
    at,
    field: (name) =>
      `${at}.${name.startsWith("end ") ? "end_date" : "start_date"}.${name.replace("end ", "")}`,
    start: { year: start.year, month: start.month, day: start.day, time: time(start) },
    end: { year: end.year, month: end.month, day: end.day, time: time(end) },
    headline: text(slide.text?.headline),
    text: text(slide.text?.text),
    displayDate: text(slide.display_date ?? start.display_date),
    group: text(slide.group),
    uniqueId: text(slide.unique_id),
    hasMedia: slide.media !== undefined && slide.media !== null,
    hasBackground: slide.background !== undefined && slide.background !== null,
  };
}

/**
 * A TimelineJS JSON file's events as related events (see `timelineDataset`); its title slide gives
 * the dataset's name and summary.
 *
 * @throws DatasetError naming each problem by path (`events[3].start_date.year: "20x4" is not a year`).
 */
export function importTimelineJson(json: unknown, fileName: string): Imported {
  const problems = new ProblemList();
  const parsed = TimelineJson.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join(".") || fileName,
        message: issue.message,
      })),
      importHeading(),
    );
  }
  const { title, events, eras } = parsed.data;
  const imported = timelineDataset(
    events.map((event, i) => slideOf(event, `events[${String(i)}]`)),
    title === undefined ? undefined : slideOf(title, "title"),
    eras?.length ?? 0,
    fileName,
    problemText().formatTimelineJson(),
    problems,
  );
  problems.done(importHeading());
  return imported;
}
