import { parse as parseTolerant, printParseErrorCode, type ParseError } from "jsonc-parser";
import { DatasetError } from "./dataset-error";
import { withCatalogs } from "./i18n/catalogs";
import { nextTask } from "./next-task";
import { problemText } from "./problem-text";
import { importCsvOffThread, type ImportedJson } from "./import/import-csv-off-thread";
import type { Dataset } from "./schema";
import { validateDatasetYielding } from "./validate-dataset";

/** The largest file opened: the 1,000-meeting test dataset is ~1.6 MB; ten times that leaves room. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What opening a file gave: the validated dataset, how it was read, and what its format could not say. */
export type ReadDataset = {
  dataset: Dataset;
  /** "the app's JSON format", "a TimelineJS JSON file", …: said back to the reader. */
  format: string;
  /** The text encoding the file was read in: "UTF-8" or "Shift_JIS". */
  encoding: string;
  /** Fields the format cannot hold, which the dataset now says are "not recorded". */
  leftOut: readonly string[];
};

function fail(file: string, message: string, heading: string): never {
  throw new DatasetError([{ path: file, message }], heading);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * A file's text: UTF-8 (a byte-order mark is dropped), else Shift_JIS (CP932), which Japanese
 * spreadsheet programs write. Throws DatasetError for binary data (a NUL byte in the first 64 KiB),
 * for bytes that are neither, and for an empty file.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.subarray(0, 65536).includes(0)) {
    fail(file, problemText().binaryData(), problemText().fileNotDataset());
  }
  if (bytes.length === 0) fail(file, problemText().isEmpty(), problemText().fileEmpty());
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)),
      encoding: "UTF-8",
    };
  } catch {
    // Not UTF-8: Shift_JIS if every byte fits it; anything else (a Western European "ANSI" file)
    // is refused rather than shown garbled.
  }
  try {
    return {
      text: new TextDecoder("shift_jis", { fatal: true }).decode(bytes),
      encoding: "Shift_JIS",
    };
  } catch {
    return fail(file, problemText().wrongEncoding(), problemText().fileEncoding());
  }
}

/** The line and column (from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * JSON.parse; on a syntax error, jsonc-parser (which reports offsets, where engines' messages
 * differ and some give no position) places the first fault by line and column.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const t = problemText();
    // jsonc-parser's name for the fault ("CommaExpected"), said in words; an unknown one as it is.
    const fault =
      first === undefined
        ? t.jsonUnreadable()
        : t.jsonFault({ code: printParseErrorCode(first.error) });
    return fail(
      file,
      first === undefined
        ? t.notValidJson({ fault })
        : t.notValidJsonAt({ ...lineAndColumn(text, first.offset), fault }),
      t.fileUnreadable(),
    );
  }
}

/**
 * Reads a file the reader opened into a validated dataset: this app's JSON, a TimelineJS JSON
 * file, a TimelineJS spreadsheet or this app's CSV export (as CSV, UTF-8 or Shift_JIS). `signal`
 * cancels between steps.
 *
 * @throws DatasetError naming the file and what is wrong: too large, binary, not JSON (with line
 *   and column), a spreadsheet's cell (by row and column), or not a valid dataset (each problem by
 *   path, and for an imported file by row). Nothing is shown half-valid.
 * @throws DOMException "AbortError" when cancelled.
 */
export async function readDatasetFile(
  file: { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> },
  signal?: AbortSignal,
): Promise<ReadDataset> {
  if (file.size > MAX_FILE_BYTES) {
    fail(
      file.name,
      problemText().tooLarge({ size: megabytes(file.size), max: megabytes(MAX_FILE_BYTES) }),
      problemText().fileTooLarge(),
    );
  }
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  signal?.throwIfAborted();
  const imported = await importText(text, file.name, signal);
  signal?.throwIfAborted();
  try {
    const dataset = await validateDatasetYielding(imported.json, async () => {
      await nextTask();
      signal?.throwIfAborted();
    });
    return { dataset, format: imported.format, encoding, leftOut: imported.leftOut };
  } catch (error) {
    if (!(error instanceof DatasetError) || imported.origins.length === 0) throw error;
    throw new DatasetError(
      error.problems.map((problem) => ({
        ...problem,
        path: inFile(problem.path, imported.origins),
      })),
      error.heading,
    );
  }
}

/** "meetings[3].date.end" of an imported dataset as "row 5 (meetings[3].date.end)". */
function inFile(path: string, origins: readonly string[]): string {
  const match = /^meetings\[(\d+)\]/.exec(path);
  const origin = match === null ? undefined : origins[Number(match[1])];
  return origin === undefined ? path : problemText().atOrigin({ origin, path });
}

/**
 * The file's text as a dataset still to be validated: JSON in this app's format or TimelineJS's
 * (it has `events`), or CSV (TimelineJS's columns or this app's export), read off the page's thread.
 */
async function importText(text: string, name: string, signal?: AbortSignal): Promise<ImportedJson> {
  const first = /\S/.exec(text)?.[0];
  if (first !== "{" && first !== "[") return importCsvOffThread(text, name, signal);
  const json = parseJson(text, name);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    fail(name, problemText().notDatasetJson(), problemText().fileNotDataset());
  }
  // A TimelineJS file has `events`; this app's has `version` and `series`.
  const timeline = "events" in json;
  if (!timeline) {
    return { json, format: problemText().formatAppJson(), leftOut: [], origins: [] };
  }
  // Its reader (with an HTML entity decoder) loads only for such a file.
  const { importTimelineJson } = await import("./import/timelinejs-json").then(withCatalogs);
  const { dataset, ...rest } = importTimelineJson(json, name);
  return { json: dataset, ...rest };
}
