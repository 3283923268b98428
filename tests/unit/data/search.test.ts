import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { searchDocuments } from "../../../src/data/search-documents";
import { markedLines, searchWords } from "../../../src/data/search-terms";
import { buildSearch, matchedFields } from "../../../src/features/search/search-index";
import { realDataset } from "../helpers/real-dataset";

const index = indexDataset(realDataset);
const search = buildSearch(index);

/** A line's text with marked words in [brackets]. */
const show = (pieces: { text: string; marked: boolean }[]) =>
  pieces.map((p) => (p.marked ? `[${p.text}]` : p.text)).join("");

test("Japanese is cut into words without spaces; punctuation is not a word", () => {
  expect(searchWords("日・ASEANサイバーセキュリティ政策会議")).toContain("ASEAN");
  expect(searchWords("日・ASEANサイバーセキュリティ政策会議")).toContain("会議");
  expect(searchWords("Co-chairs: Japan, Thailand.")).toEqual(["Co", "chairs", "Japan", "Thailand"]);
});

test("each meeting and each achievement is a document; 'not recorded' is never searchable", () => {
  const documents = searchDocuments(index);
  const achievements = realDataset.meetings.reduce(
    (n, m) => n + (m.achievements === "not recorded" ? 0 : m.achievements.length),
    0,
  );
  expect(documents).toHaveLength(realDataset.meetings.length + achievements);
  expect(documents.find((d) => d.id === "7.2")).toMatchObject({ meetingId: "7", n: 2 });
  // The sources' own prose may say "not recorded"; the marker for an unrecorded field never appears.
  const lines = documents.flatMap((d) =>
    Object.values(d).flatMap((v) => (typeof v === "string" ? v.split("\n") : [])),
  );
  expect(lines).not.toContain("not recorded");
  expect(lines.filter((line) => /city not recorded|^Place not recorded/.test(line))).toEqual([]);
  expect(documents.find((d) => d.id === "8")?.place).toBe("Indonesia");
});

test("a co-chair's name finds the meetings they chaired, with the name marked on the co-chair line", () => {
  const hits = search("Mitrpant");
  expect(hits.map((h) => h.id)).toEqual(["7"]);
  const coChairs = (hits[0] === undefined ? [] : matchedFields(hits[0])).find(
    (f) => f.field === "coChairs",
  );
  expect(coChairs?.lines.map(show)).toEqual([
    expect.stringMatching(/^Dr\. Chaichana \[Mitrpant\], .*Thailand$/),
  ]);
});

test("an achievement's words open that achievement; a prefix and a near-miss spelling find it too", () => {
  const exact = search("guidelines critical");
  expect(exact.map((h) => h.id)).toContain("7.2");
  expect(exact.find((h) => h.id === "7.2")?.n).toBe(2);
  expect(search("guidel").map((h) => h.id)).toContain("7.2");
  expect(search("guidlines").map((h) => h.id)).toContain("7.2");
});

test("every word must match: adding a word narrows the results", () => {
  const broad = search("cyber");
  const narrow = search("cyber Hayashi");
  expect(narrow.length).toBeGreaterThan(0);
  expect(narrow.length).toBeLessThan(broad.length);
  const broadIds = new Set(broad.map((h) => h.id));
  for (const hit of narrow) expect(broadIds.has(hit.id), hit.id).toBe(true);
  for (const hit of narrow) expect(matchedFields(hit).map((f) => f.field)).toContain("coChairs");
});

test("a place and a source title are searchable and say where the match is", () => {
  const tokyo = search("Tokyo");
  expect(tokyo.some((h) => matchedFields(h).some((f) => f.field === "place"))).toBe(true);
  const meti = search("METI");
  expect(meti.some((h) => matchedFields(h).some((f) => f.field === "sources"))).toBe(true);
});

test("a long line is cut around its first match, with … where it was cut", () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${String(i)}`).join(" ");
  const [line] = markedLines(text, new Set(["word30"]), 3);
  expect(show(line ?? [])).toBe("…word27 word28 word29 [word30] word31 word32 word33…");
  expect(markedLines("no match here\nsecond line", new Set(["second"])).map(show)).toEqual([
    "[second] line",
  ]);
});

test("Japanese text is found by a word inside it and marked as a word", () => {
  const japanese = indexDataset({
    ...realDataset,
    meetings: realDataset.meetings.map((m) =>
      m.id === "7" ? { ...m, notes: ["日・ASEAN協力の年次記録"] } : m,
    ),
  });
  const hits = buildSearch(japanese)("年次");
  expect(hits.map((h) => h.id)).toEqual(["7"]);
  expect(
    (hits[0] === undefined ? [] : matchedFields(hits[0]))
      .find((f) => f.field === "notes")
      ?.lines.map(show),
  ).toEqual([expect.stringContaining("[年次]")]);
});
