import Papa from "papaparse";
import { DatasetError } from "../dataset-error";
import { problemText } from "../problem-text";
import { importHeading } from "./imported-parts";

/** The most rows a spreadsheet may have: the 1,000-meeting test dataset has 1,000; ten times that leaves room. */
export const MAX_CSV_ROWS = 10_000;

/**
 * A spreadsheet as read: its header and its rows, each with its row number as a spreadsheet
 * program shows it (the header is row 1). Blank rows are skipped but still counted.
 */
export type CsvTable = { header: string[]; rows: { line: number; cells: string[] }[] };

/**
 * Parses CSV text with papaparse (quotes, commas and line breaks inside cells, CRLF or LF), reading
 * at most MAX_CSV_ROWS rows, so that a huge file is refused in bounded time.
 *
 * @throws DatasetError: no header, more than MAX_CSV_ROWS rows, a quote left open, or rows whose
 *   number of cells is not the header's (each named by row).
 */
export function parseCsvTable(text: string, fileName: string): CsvTable {
  const result = Papa.parse<string[]>(text, { preview: MAX_CSV_ROWS + 2, skipEmptyLines: false });
  const [header, ...body] = result.data;
  if (header === undefined || header.every((cell) => cell.trim() === "")) {
    throw new DatasetError(
      [{ path: fileName, message: problemText().noHeader() }],
      importHeading(),
    );
  }
  if (body.length > MAX_CSV_ROWS) {
    throw new DatasetError(
      [
        {
          path: fileName,
          message: problemText().tooManyRows({ max: MAX_CSV_ROWS.toLocaleString("en") }),
        },
      ],
      problemText().fileTooLarge(),
    );
  }
  const problems = result.errors
    .filter((error) => error.type === "Quotes")
    .map((error) => ({
      path: problemText().row({ row: (error.row ?? 0) + 1 }),
      message: problemText().quoteNotClosed(),
    }));
  const rows: CsvTable["rows"] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    if (cells.length !== header.length) {
      problems.push({
        path: problemText().row({ row: line }),
        message: problemText().cellCount({ cells: cells.length, columns: header.length }),
      });
      return;
    }
    rows.push({ line, cells });
  });
  if (problems.length > 0) throw new DatasetError(problems, importHeading());
  return { header, rows };
}
