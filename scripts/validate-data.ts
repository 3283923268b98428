import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DatasetError } from "../src/data/dataset-error";
import { catalogsReady } from "../src/data/i18n/catalogs";
import { validateDataset } from "../src/data/validate-dataset";

/** `npm run validate-data [file]`: every problem with its path, and a non-zero exit when there is one. */
const file = resolve(process.argv[2] ?? "public/data/meetings.json");

function fail(lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  fail([`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`]);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail([`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
}

// The words problems are named in (decision 019), loaded before any is named.
await catalogsReady();
try {
  const dataset = validateDataset(json);
  console.log(
    `${file} is valid: ${dataset.meetings.length} records, ${dataset.venues.length} venues, ${dataset.sources.length} sources.`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  fail([
    `${file} has ${error.problems.length} ${error.problems.length === 1 ? "problem" : "problems"}:`,
    ...error.problems.map((p) => `  ${p.path}: ${p.message}`),
  ]);
}
