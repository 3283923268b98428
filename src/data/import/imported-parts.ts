import { DatasetError, type DatasetProblem } from "../dataset-error";
import { NOT_RECORDED } from "../not-recorded";
import type { Citation, Dataset, Meeting, Source } from "../schema";
import { problemText } from "../problem-text";

/**
 * What an importer made of a file: a dataset still to be validated, the format's name said back to
 * the reader, what the format could not say (now "not recorded"), and where each meeting came from
 * in the file ("row 5", "events[3]"), so that a validation problem can name the row.
 */
export type Imported = {
  dataset: Dataset;
  format: string;
  leftOut: string[];
  origins: string[];
};

/** The id of the source that stands for the imported file itself. */
export const FILE_SOURCE_ID = "imported-file";

/**
 * The imported file as the source of what it says: records from TimelineJS or a spreadsheet name no
 * sources of their own, and the app never shows a fact without one.
 */
export function fileSource(fileName: string): Source {
  return {
    id: FILE_SOURCE_ID,
    title: fileName.trim() === "" ? "The imported file" : fileName,
    publisher: NOT_RECORDED,
    date: NOT_RECORDED,
    url: NOT_RECORDED,
    strength: NOT_RECORDED,
    note: "The file this dataset was imported from. It names no sources of its own for these records.",
  };
}

export const FILE_CITATION: Citation = {
  sourceId: FILE_SOURCE_ID,
  supports: "everything in this record, as the imported file gives it",
};

/** A meeting whose every fact is "not recorded", for an importer to fill in what its format says. */
export function blankMeeting(id: string, title: string): Meeting {
  return {
    id,
    kind: "related-event",
    number: null,
    title,
    seriesName: NOT_RECORDED,
    status: NOT_RECORDED,
    date: NOT_RECORDED,
    location: NOT_RECORDED,
    hosts: NOT_RECORDED,
    coChairs: NOT_RECORDED,
    attendees: NOT_RECORDED,
    summary: NOT_RECORDED,
    achievements: NOT_RECORDED,
    related: [],
    sources: [FILE_CITATION],
  };
}

/** Collects problems named by row and column (or path); `done` throws them all at once. */
export class ProblemList {
  readonly problems: DatasetProblem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  /** @throws DatasetError with every problem, when there is any. */
  done(heading: string): void {
    if (this.problems.length > 0) throw new DatasetError(this.problems, heading);
  }
}

/** The heading of an import's problems: "The file cannot be imported", in the page's language. */
export function importHeading(): string {
  return problemText().fileNotImported();
}

/** A calendar day as YYYY-MM-DD, or undefined when there is no such day (30 February). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
