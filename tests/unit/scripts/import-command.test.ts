import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { validateDataset } from "../../../src/data/validate-dataset";
import { TIMELINE_CSV } from "../../fixtures/import-files";

function runImport(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8",
  });
}

test("npm run import writes a validated dataset and prints what it left out", () => {
  const folder = mkdtempSync(join(tmpdir(), "import-"));
  writeFileSync(join(folder, "timeline.csv"), TIMELINE_CSV);
  const run = runImport(join(folder, "timeline.csv"), "-o", join(folder, "out.json"));
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("a TimelineJS spreadsheet (CSV), UTF-8, 3 records.");
  expect(run.stdout).toContain("  - eras (1)");
  const written = validateDataset(JSON.parse(readFileSync(join(folder, "out.json"), "utf8")));
  expect(written.meetings.map((m) => m.title)).toEqual([
    "Kick-off meeting",
    "Second meeting",
    "Report published",
  ]);
}, 30_000);

test("a file it cannot import exits 1 naming the row and column; nothing is written", () => {
  const folder = mkdtempSync(join(tmpdir(), "import-"));
  writeFileSync(join(folder, "bad.csv"), "Year,Headline\n20x4,A\n");
  const run = runImport(join(folder, "bad.csv"));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('row 2, column "Year": "20x4" is not a year');
  expect(() => readFileSync(join(folder, "bad.json"))).toThrow();
}, 30_000);

test("without -o it never replaces a file already there (perhaps the user's own)", () => {
  const folder = mkdtempSync(join(tmpdir(), "import-"));
  writeFileSync(join(folder, "timeline.csv"), TIMELINE_CSV);
  writeFileSync(join(folder, "timeline.json"), '{"events": []}');
  const run = runImport(join(folder, "timeline.csv"));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("timeline.json already exists: name the file to write with -o");
  expect(readFileSync(join(folder, "timeline.json"), "utf8")).toBe('{"events": []}');
}, 30_000);
