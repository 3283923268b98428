import { spawnSync } from "node:child_process";
import { afterEach, expect, test, vi } from "vitest";
import * as z from "zod/mini";
import { readBriefingFile } from "../../../src/data/briefing-file";
import { DatasetError } from "../../../src/data/dataset-error";
import { setActiveLocale } from "../../../src/data/i18n/locale";
import { DatasetLoadError, loadDataset } from "../../../src/data/load-dataset";
import { readDatasetFile } from "../../../src/data/read-dataset-file";
import { validateDataset } from "../../../src/data/validate-dataset";
import { fileOf } from "../../fixtures/import-files";
import { problemsOf } from "../helpers/problems-of";
import { buildDataset, buildMeeting } from "../helpers/builders";

// Every test here may switch the page's language; the next one starts in English again.
afterEach(() => {
  setActiveLocale("en");
  vi.unstubAllGlobals();
});

/** "heading | path: message" lines of what `run` throws. */
function thrown(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.problems.map((p) => `${error.heading} | ${p.path}: ${p.message}`);
  }
  throw new Error("expected a DatasetError");
}

const badDataset = () =>
  buildDataset({
    meetings: [buildMeeting({ title: " ", location: { mode: "in-person", venueId: "atlantis" } })],
  });

test("zod/mini takes a function for a check's message and calls it as each problem is found", () => {
  let language = "en";
  const schema = z
    .string()
    .check(z.minLength(1, { error: () => (language === "en" ? "empty" : "空") }));
  expect(schema.safeParse("").error?.issues[0]?.message).toBe("empty");
  language = "ja";
  expect(schema.safeParse("").error?.issues[0]?.message).toBe("空");
});

test("a bad dataset's problems are in English on an English page, in Japanese on a Japanese one", () => {
  expect(thrown(() => validateDataset(badDataset()))).toEqual([
    "The dataset is not valid | meetings[0].title: must not be empty",
  ]);
  setActiveLocale("ja");
  expect(thrown(() => validateDataset(badDataset()))).toEqual([
    "データセットが正しくありません | meetings[0].title: 空にはできません",
  ]);
  const valid = buildDataset({
    meetings: [buildMeeting({ location: { mode: "in-person", venueId: "atlantis" } })],
  });
  expect(thrown(() => validateDataset(valid))).toEqual([
    'データセットが正しくありません | meetings[0].location.venueId: id "atlantis"の開催地はありません',
  ]);
});

test("zod's own messages follow the page's language too", () => {
  const data = { ...buildDataset(), version: 2, extra: true };
  expect(thrown(() => validateDataset(data))).toEqual([
    "The dataset is not valid | version: Invalid input: expected 1",
    'The dataset is not valid | (dataset): Unrecognized key: "extra"',
  ]);
  setActiveLocale("ja");
  expect(thrown(() => validateDataset(data))).toEqual([
    "データセットが正しくありません | version: 無効な入力: 1が期待されました",
    'データセットが正しくありません | （データセット全体）: 認識されていないキー: "extra"',
  ]);
});

test("a bad spreadsheet row is named by row and column, in Japanese on a Japanese page", async () => {
  const csv = fileOf("timeline.csv", "Year,Headline\n20x4,Kick-off\n2014,\n");
  expect(await problemsOf(readDatasetFile(csv))).toEqual([
    'row 2, column "Year": "20x4" is not a year',
  ]);
  setActiveLocale("ja");
  expect(await problemsOf(readDatasetFile(csv))).toEqual([
    '2行目の"Year"列: "20x4"は年ではありません',
  ]);
});

test("an opened file says what it is and what its format left out in the page's language", async () => {
  setActiveLocale("ja");
  const read = await readDatasetFile(fileOf("timeline.csv", "Year,Headline,Extra\n2014,A,x\n"));
  expect(read.format).toBe("TimelineJSのスプレッドシート（CSV）");
  expect(read.leftOut).toContain("このアプリが読み込まない列：Extra");
  // Facts from the file are never translated.
  expect(read.dataset.meetings[0]?.title).toBe("A");
});

test("a file's headings and faults are translated; the file's name and place stay as they are", async () => {
  setActiveLocale("ja");
  const error: unknown = await readDatasetFile(fileOf("broken.json", '{\n  "a": }')).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  expect(error instanceof DatasetError ? error.heading : "").toBe("ファイルを読み込めません");
  expect(error instanceof DatasetError ? error.problems : []).toEqual([
    {
      path: "broken.json",
      message: "2行目8文字目：正しいJSONではありません（ここには値が必要です）",
    },
  ]);
});

test("a briefing file's problems are in the page's language", () => {
  const long = JSON.stringify({
    format: "ajcpm-briefing",
    version: 1,
    name: "x".repeat(201),
    cover: { title: "", presenter: "", date: "" },
    slides: [],
  });
  expect(thrown(() => readBriefingFile(long, "a.briefing.json"))).toEqual([
    "The briefing file is not valid | name: must be at most 200 characters",
  ]);
  setActiveLocale("ja");
  expect(thrown(() => readBriefingFile(long, "a.briefing.json"))).toEqual([
    "ブリーフィング資料のファイルが正しくありません | name: 200文字以内にしてください",
  ]);
});

test("the app's own dataset that cannot be had or read says so in the page's language", async () => {
  setActiveLocale("ja");
  vi.stubGlobal("fetch", () => Promise.resolve(new Response("gone", { status: 404 })));
  await expect(loadDataset("/data.json")).rejects.toThrow(
    new DatasetLoadError("/data.jsonを読み込めませんでした：サーバーの応答は404でした。"),
  );
  vi.stubGlobal("fetch", () => Promise.resolve(new Response("{ not json")));
  const error: unknown = await loadDataset("/data.json").catch((e: unknown) => e);
  expect(error instanceof DatasetError ? error.heading : error).toBe(
    "データセットのファイルを読み込めません",
  );
  expect(error instanceof DatasetError ? error.problems[0]?.message : "").toMatch(
    /^正しいJSONではありません（.+）$/,
  );
});

test("the shipped dataset is checked before the words load, and a problem still gets its words", () => {
  // A fresh process, so that nothing has loaded the catalogs yet, as when a page starts.
  const script = `
    import { setActiveLocale } from "./src/data/i18n/locale.ts";
    import { validateDataset, validateDatasetYielding } from "./src/data/validate-dataset.ts";
    setActiveLocale("ja");
    const bad = { version: 2 };
    try { validateDataset(bad); } catch (error) { console.log(error.message); }
    await validateDatasetYielding(bad, () => Promise.resolve()).catch((error) => {
      console.log(error.heading, "|", error.problems[0].path + ": " + error.problems[0].message);
    });
  `;
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "--eval", script],
    { encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.stdout.split("\n")).toEqual([
    "the ja messages are not loaded yet",
    "データセットが正しくありません | version: 無効な入力: 1が期待されました",
    "",
  ]);
}, 30_000);
