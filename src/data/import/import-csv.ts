import { DatasetError } from "../dataset-error";
import { parseCsvTable } from "./csv-table";
import { problemText } from "../problem-text";
import { importHeading, type Imported } from "./imported-parts";
import { importMeetingsCsv } from "./meetings-csv-read";
import { importTimelineCsv, isTimelineHeader } from "./timelinejs-csv";

/**
 * A CSV file, in TimelineJS's columns or as this app's own export, as a dataset still to be
 * validated. Runs in a worker for the page (csv-worker.ts) and in Node for `npm run import`.
 *
 * @throws DatasetError naming the row and column of each problem, or that the columns are neither.
 */
export function importCsv(text: string, fileName: string): Imported {
  const table = parseCsvTable(text, fileName);
  if (isTimelineHeader(table.header)) return importTimelineCsv(table, fileName);
  const names = new Set(table.header.map((name) => name.trim().toLowerCase()));
  if (names.has("id") && names.has("title") && names.has("start"))
    return importMeetingsCsv(table, fileName);
  throw new DatasetError(
    [
      {
        path: problemText().fileRow({ file: fileName, row: 1 }),
        message: problemText().unknownColumns(),
      },
    ],
    importHeading(),
  );
}
