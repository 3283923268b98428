import { problemText } from "../problem-text";
import { importHeading, ProblemList, type Imported } from "./imported-parts";
import type { CsvTable } from "./csv-table";
import { timelineDataset, type TimelineSlide } from "./timeline-events";

/** The columns of TimelineJS's spreadsheet template, as it names them. */
export const TIMELINE_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

type Column = (typeof TIMELINE_COLUMNS)[number];

/** Whether a header is TimelineJS's: it has at least Year and Headline. */
export function isTimelineHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has("year") && names.has("headline");
}

/**
 * A spreadsheet in TimelineJS's columns as related events (see `timelineDataset`): a row of Type
 * "title" gives the dataset's name and summary, rows of Type "era" are left out.
 *
 * @throws DatasetError naming each problem by row and column (`row 12, column "Year": "20x4" is not a year`).
 */
export function importTimelineCsv(table: CsvTable, fileName: string): Imported {
  const problems = new ProblemList();
  const at = new Map(table.header.map((name, i) => [name.trim().toLowerCase(), i]));
  const slides: TimelineSlide[] = [];
  let title: TimelineSlide | undefined;
  let eras = 0;
  for (const row of table.rows) {
    const cell = (column: Column) => {
      const i = at.get(column.toLowerCase());
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    const where = problemText().row({ row: row.line });
    const columnOf: Record<Parameters<TimelineSlide["field"]>[0], Column> = {
      year: "Year",
      month: "Month",
      day: "Day",
      "end year": "End Year",
      "end month": "End Month",
      "end day": "End Day",
    };
    const slide: TimelineSlide = {
      at: where,
      field: (name) => problemText().rowColumn({ row: row.line, column: columnOf[name] }),
      start: { year: cell("Year"), month: cell("Month"), day: cell("Day"), time: cell("Time") },
      end: {
        year: cell("End Year"),
        month: cell("End Month"),
        day: cell("End Day"),
        time: cell("End Time"),
      },
      headline: cell("Headline"),
      text: cell("Text"),
      displayDate: cell("Display Date"),
      group: cell("Group"),
      uniqueId: "",
      hasMedia: [
        cell("Media"),
        cell("Media Credit"),
        cell("Media Caption"),
        cell("Media Thumbnail"),
      ].some((v) => v !== ""),
      hasBackground: cell("Background") !== "",
    };
    const type = cell("Type").toLowerCase();
    if (type === "title") title ??= slide;
    else if (type === "era") eras += 1;
    else slides.push(slide);
  }
  const imported = timelineDataset(
    slides,
    title,
    eras,
    fileName,
    problemText().formatTimelineCsv(),
    problems,
  );
  problems.done(importHeading());
  const known = new Set<string>(TIMELINE_COLUMNS.map((name) => name.toLowerCase()));
  const unknown = table.header.filter(
    (name) => name.trim() !== "" && !known.has(name.trim().toLowerCase()),
  );
  if (unknown.length > 0)
    imported.leftOut.push(
      problemText().unreadColumns({ columns: unknown.join(problemText().listSeparator()) }),
    );
  return imported;
}
