import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { CSV_COLUMNS, meetingRows, meetingsCsv } from "../../../src/data/meetings-csv";
import { buildDataset, buildMeeting, buildSource } from "../helpers/builders";
import { realDataset } from "../helpers/real-dataset";

/**
 * Reads the CSV back with Papa Parse, a parser written apart from the app's writer, so the two
 * check each other. Any parse error (a stray quote, a ragged row) fails the test.
 */
function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("meetings CSV", () => {
  const index = indexDataset(realDataset);
  const csv = meetingsCsv(index);
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));

  test("has the column names and one row per meeting, in timeline order", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(realDataset.meetings.length);
    expect(rows.map((row) => row[0])).toEqual(index.order.map((meeting) => meeting.id));
  });

  test("gives the 7th meeting's dates, place, co-chairs and source addresses", () => {
    const row = rows.find((r) => r[1] === "7");
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(name)];
    expect(cell("date")).toBe("7–8 October 2014");
    expect(cell("start")).toBe("2014-10-07");
    expect(cell("end")).toBe("2014-10-08");
    expect(cell("format")).toBe("in person");
    expect(cell("city")).toBe("Tokyo");
    expect(cell("country")).toBe("Japan");
    expect(cell("co-chairs")).toContain("Japan: ");
    expect(cell("co-chairs")).toContain("; Thailand: ");
    expect(cell("source addresses")).toContain(
      "http://www.meti.go.jp/english/press/2014/1008_01.html",
    );
  });

  test("says 'not recorded' where the sources are silent and names online meetings", () => {
    const eleventh = rows.find((r) => r[1] === "11");
    expect(eleventh?.[CSV_COLUMNS.indexOf("date")]).toBe("not recorded");
    expect(eleventh?.[CSV_COLUMNS.indexOf("city")]).toBe("not recorded");
    const thirteenth = rows.find((r) => r[1] === "13");
    expect(thirteenth?.[CSV_COLUMNS.indexOf("format")]).toBe("online");
  });

  test("quotes commas, quotes and line breaks, and makes formula-like text inert", () => {
    const hostile = indexDataset(
      buildDataset({
        sources: [buildSource({ url: "https://example.org/a" })],
        meetings: [
          buildMeeting({ title: '=HYPERLINK("http://evil.example","click"), then\nmore' }),
        ],
      }),
    );
    const [, row] = parseCsv(meetingsCsv(hostile).replace(/^\uFEFF/, ""));
    expect(row?.[CSV_COLUMNS.indexOf("title")]).toBe(
      `'=HYPERLINK("http://evil.example","click"), then\nmore`,
    );
    expect(meetingRows(hostile)[0]?.[CSV_COLUMNS.indexOf("title")]).toMatch(/^=HYPERLINK/);
  });
});
