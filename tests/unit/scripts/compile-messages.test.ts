import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { compileFolder, compileMessages, messageFolders } from "../../../scripts/compile-messages";

/** Calls one message of a compiled catalog file with `values`. */
async function say(file: string, key: string, values: object): Promise<unknown> {
  const module: unknown = await import(file);
  const message: unknown = Reflect.get(Object(Reflect.get(Object(module), "default")), key);
  if (typeof message !== "function") throw new Error(`${file} has no message ${key}`);
  const text: unknown = Reflect.apply(message, undefined, [values]);
  return text;
}

function catalogs(en: Record<string, string>, ja: Record<string, string>): string {
  const folder = join(mkdtempSync(join(tmpdir(), "messages-")), "messages");
  mkdirSync(folder);
  writeFileSync(join(folder, "en.json"), JSON.stringify(en));
  writeFileSync(join(folder, "ja.json"), JSON.stringify(ja));
  return folder;
}

test("the app's catalogs are complete in both languages and compiled as committed", () => {
  expect(messageFolders().length).toBeGreaterThanOrEqual(6);
  expect(compileMessages(true)).toEqual([]);
});

test("a message missing in Japanese fails the check, naming the file and the key", () => {
  const folder = catalogs({ search: "Search", close: "Close" }, { search: "検索" });
  expect(() => compileFolder(folder)).toThrow(`${join(folder, "ja.json")}: no message "close"`);
});

test("a message only one language has, or one that is not ICU, fails with where it is", () => {
  expect(() => compileFolder(catalogs({ a: "A" }, { a: "あ", b: "い" }))).toThrow(
    '"b" is not in en.json',
  );
  expect(() => compileFolder(catalogs({ a: "{n, plural, one {#}" }, { a: "#" }))).toThrow(
    '"a" is not ICU MessageFormat',
  );
});

test("a value used as a number in one language and a choice in another is refused", () => {
  const folder = catalogs(
    { entries: "{count, plural, one {# entry} other {# entries}}" },
    { entries: "{count, select, other {件}}" },
  );
  expect(() => compileFolder(folder)).toThrow(/"entries" uses \{count\} as a string/);
});

test("compiled messages give text in each language, with the values of any language typed", async () => {
  const folder = catalogs(
    { meeting: "{ordinal} meeting", year: "{year}" },
    { meeting: "第{number}回会合", year: "{year}年" },
  );
  const files = compileFolder(folder);
  expect(files.get("en.d.ts")).toContain(
    "readonly meeting: (values: { number: string | number; ordinal: string | number }) => string;",
  );
  // A message that is one value alone still returns text, not the number it was given.
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  expect(await say(join(folder, "en.js"), "year", { year: 2014 })).toBe("2014");
  expect(await say(join(folder, "ja.js"), "meeting", { number: 7, ordinal: "7th" })).toBe(
    "第7回会合",
  );
});
