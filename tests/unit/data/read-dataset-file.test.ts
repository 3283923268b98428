import { expect, test } from "vitest";
import { problemsOf } from "../helpers/problems-of";
import { decodeText, MAX_FILE_BYTES, readDatasetFile } from "../../../src/data/read-dataset-file";
import { realDataset } from "../helpers/real-dataset";

const encoder = new TextEncoder();

/** A file as the browser's File gives it: name, size and bytes. */
function fileOf(name: string, bytes: Uint8Array, size = bytes.length) {
  return {
    name,
    size,
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  };
}

test("the app's own JSON opens, a UTF-8 byte-order mark and all", async () => {
  const bytes = encoder.encode(`\uFEFF${JSON.stringify(realDataset)}`);
  const read = await readDatasetFile(fileOf("meetings.json", bytes));
  expect(read.dataset.meetings).toHaveLength(realDataset.meetings.length);
  expect(read).toMatchObject({ format: "the app's JSON format", encoding: "UTF-8", leftOut: [] });
});

test("a file over the limit is refused by its size before it is read", async () => {
  const problems = await problemsOf(
    readDatasetFile(fileOf("huge.json", new Uint8Array(0), 50 * 1024 * 1024)),
  );
  expect(problems).toEqual([
    `huge.json: is 50.0 MB; the largest dataset file this app opens is ${(MAX_FILE_BYTES / 1048576).toFixed(1)} MB`,
  ]);
});

test("binary data is named as such, not parsed", async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  expect(await problemsOf(readDatasetFile(fileOf("photo.json", png)))).toEqual([
    "photo.json: holds binary data, not text: open a .json or .csv file",
  ]);
});

test("broken JSON is placed by line and column", async () => {
  const text = '{\n  "version": 1,\n  "series": }\n';
  const [problem] = await problemsOf(readDatasetFile(fileOf("broken.json", encoder.encode(text))));
  expect(problem).toBe("broken.json: line 3, column 13: not valid JSON: a value is expected here");
});

test("a dataset with faults lists each by path, and nothing is returned half-valid", async () => {
  const bad = structuredClone(realDataset);
  Reflect.set(bad.meetings[0] ?? {}, "title", "");
  const problems = await problemsOf(
    readDatasetFile(fileOf("bad.json", encoder.encode(JSON.stringify(bad)))),
  );
  expect(problems.some((p) => p.startsWith("meetings[0].title"))).toBe(true);
});

test("Shift_JIS text (as Japanese spreadsheet programs save it) is decoded intact", () => {
  // 「会議」 in Shift_JIS (CP932).
  const bytes = new Uint8Array([0x89, 0xef, 0x8b, 0x63]);
  expect(decodeText(bytes, "sheet.csv")).toEqual({ text: "会議", encoding: "Shift_JIS" });
  expect(decodeText(encoder.encode("\uFEFF会議"), "sheet.csv")).toEqual({
    text: "会議",
    encoding: "UTF-8",
  });
});

test("a cancelled read stops with an AbortError and returns nothing", async () => {
  const controller = new AbortController();
  const reading = readDatasetFile(
    fileOf("meetings.json", encoder.encode(JSON.stringify(realDataset))),
    controller.signal,
  );
  controller.abort();
  await expect(reading).rejects.toMatchObject({ name: "AbortError" });
});
