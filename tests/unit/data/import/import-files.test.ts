import { expect, test } from "vitest";
import { problemsOf } from "../../helpers/problems-of";
import { coChairDetails } from "../../../../src/data/co-chair-details";
import { indexDataset } from "../../../../src/data/dataset-index";
import { MAX_CSV_ROWS } from "../../../../src/data/import/csv-table";
import { meetingsCsv } from "../../../../src/data/meetings-csv";
import { placeLabel } from "../../../../src/data/meeting-labels";
import { setActiveLocale } from "../../../../src/data/i18n/locale";
import { readDatasetFile } from "../../../../src/data/read-dataset-file";
import { sourceLine } from "../../../../src/data/source-line";
import { NOT_RECORDED, type Meeting } from "../../../../src/data/schema";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { realDataset } from "../../helpers/real-dataset";
import {
  fileOf,
  TIMELINE_CSV,
  TIMELINE_HEADER,
  TIMELINE_JSON,
  TOKYO_MEETING_SJIS,
} from "../../../fixtures/import-files";

const realIndex = indexDataset(realDataset);

test("the app's own CSV export opens again with every fact it carries (round trip)", async () => {
  const read = await readDatasetFile(fileOf("meetings.csv", meetingsCsv(realIndex)));
  expect(read.format).toBe("this app's CSV export");
  const index = indexDataset(read.dataset);
  const facts = (i: typeof realIndex, m: Meeting) => [
    m.id,
    m.number,
    m.kind,
    m.title,
    m.status,
    JSON.stringify(m.date),
    placeLabel(i, m),
    m.coChairs === NOT_RECORDED
      ? NOT_RECORDED
      : m.coChairs.map((c) => coChairDetails(c)).join("; "),
  ];
  expect(index.order.map((m) => facts(index, m))).toEqual(
    realIndex.order.map((m) => facts(realIndex, m)),
  );
  // The map draws the same places at the same coordinates.
  const places = (i: typeof realIndex) =>
    groupMeetingsByPlace(i).places.map((p) => [p.label, p.lat, p.lng, p.meetings.length]);
  expect(places(index)).toEqual(places(realIndex));
  // Each record still cites its sources' addresses.
  const seventh = index.meetingsById.get("7");
  const addresses = seventh?.sources.map((c) => index.sourcesById.get(c.sourceId)?.url);
  expect(addresses).toContain("http://www.meti.go.jp/english/press/2014/1008_01.html");
  expect(read.leftOut.join(" ")).toMatch(/achievements/);
});

test("a CSV exported on a Japanese page opens again on either page, its facts unchanged", async () => {
  setActiveLocale("ja");
  let csv: string;
  try {
    csv = meetingsCsv(realIndex);
    // Read back on the Japanese page, with no problem.
    await readDatasetFile(fileOf("meetings.csv", csv));
  } finally {
    setActiveLocale("en");
  }
  const english = meetingsCsv(realIndex);
  // Only the readable date column follows the page's language.
  const withoutDate = (text: string) =>
    text.split("\r\n").map((line) => line.replace(/,"?[^,]*年[^,]*"?,/, ",,"));
  expect(csv).toMatch(/2014年10月7日～8日/);
  expect(withoutDate(csv).join("\n")).not.toMatch(/開催済み|ブルネイ|マオ・チャリア/);
  // Read on the English page, it gives what the English export gives: statuses, dates, places
  // and co-chairs (the one Japanese sources print only in katakana is not taken for a name).
  const facts = async (text: string) => {
    const index = indexDataset((await readDatasetFile(fileOf("meetings.csv", text))).dataset);
    return index.order.map((m) => [
      m.id,
      m.status,
      JSON.stringify(m.date),
      placeLabel(index, m),
      m.coChairs === NOT_RECORDED ? NOT_RECORDED : m.coChairs.map((c) => coChairDetails(c)),
    ]);
  };
  expect(await facts(csv)).toEqual(await facts(english));
});

test("a TimelineJS JSON file becomes dated related events, its HTML as plain text", async () => {
  const read = await readDatasetFile(fileOf("events.json", JSON.stringify(TIMELINE_JSON)));
  expect(read.format).toBe("a TimelineJS JSON file");
  const [kickOff, second, report] = read.dataset.meetings;
  expect(read.dataset.series.name).toBe("Cyber capacity events");
  expect(read.dataset.series.summary).toBe("Compiled by a research team.");
  expect(kickOff).toMatchObject({
    id: "kick-off",
    kind: "related-event",
    title: "Kick-off & plenary",
    summary: "First line\nsecond line",
    date: { precision: "day", start: "2016-03-14", end: "2016-03-16" },
    location: NOT_RECORDED,
    coChairs: NOT_RECORDED,
    notes: ["Group in the file: Plenary"],
  });
  expect(second?.date).toEqual({ precision: "month", month: "2017-06" });
  expect(second?.notes).toEqual(["Date as the file displays it: June 2017"]);
  expect(report?.date).toEqual({ precision: "year", year: 2019 });
  // Every record cites the file itself, and says nobody has weighed it.
  expect(read.dataset.sources).toEqual([
    expect.objectContaining({ title: "events.json", url: NOT_RECORDED, strength: NOT_RECORDED }),
  ]);
  // A slide's source line names the file.
  expect(kickOff && sourceLine(indexDataset(read.dataset), kickOff)).toBe("Source: events.json");
  expect(read.leftOut.join("\n")).toMatch(
    /media.*\(1 slide\)[\s\S]*eras \(1\)[\s\S]*sources, venues/,
  );
});

test("a TimelineJS spreadsheet opens with its title row, eras and media listed as left out", async () => {
  const read = await readDatasetFile(fileOf("timeline.csv", TIMELINE_CSV));
  expect(read.format).toBe("a TimelineJS spreadsheet (CSV)");
  expect(read.dataset.series.name).toBe("Working group on incident response");
  expect(read.dataset.series.summary).toBe("Meetings of the working group & its partners.");
  expect(read.dataset.meetings.map((m) => [m.title, m.date])).toEqual([
    ["Kick-off meeting", { precision: "day", start: "2016-03-14", end: "2016-03-16" }],
    ["Second meeting", { precision: "month", month: "2017-06" }],
    ["Report published", { precision: "year", year: 2019 }],
  ]);
  expect(read.leftOut.join("\n")).toMatch(/times of day \(1 slide\)/);
  expect(read.leftOut.join("\n")).toMatch(/backgrounds \(1 slide\)/);
});

test("a spreadsheet saved in Shift_JIS keeps its Japanese text", async () => {
  const head = new TextEncoder().encode(`${TIMELINE_HEADER}\r\n2014,10,7,,,,,,,`);
  const tail = new TextEncoder().encode(",,,,,,,,\r\n");
  const bytes = new Uint8Array([...head, ...TOKYO_MEETING_SJIS, ...tail]);
  const read = await readDatasetFile(fileOf("会議.csv", bytes));
  expect(read.encoding).toBe("Shift_JIS");
  expect(read.dataset.meetings[0]?.title).toBe("東京会議");
});

test("spreadsheet faults are named by row and column, all at once", async () => {
  const text = [
    TIMELINE_HEADER,
    "20x4,,,,,,,,,A,,,,,,,,",
    "2016,4,31,,,,,,,B,,,,,,,,",
    "2016,,3,,,,,,,C,,,,,,,,",
    "2016,1,,D",
  ].join("\n");
  expect(await problemsOf(readDatasetFile(fileOf("bad.csv", text)))).toEqual([
    "row 5: has 4 cells, but the header has 18 columns",
  ]);
  const columnsRight = text.split("\n").slice(0, 4).join("\n");
  expect(await problemsOf(readDatasetFile(fileOf("bad.csv", columnsRight)))).toEqual([
    'row 2, column "Year": "20x4" is not a year',
    'row 3, column "Day": 2016-4-31 is not a day in the calendar',
    'row 4, column "Day": a day is given without its month',
  ]);
});

test("a year the app cannot show is named; a fault only the validator sees is named by its row", async () => {
  const old = `${TIMELINE_HEADER}\n1850,,,,,,,,,Too early,,,,,,,,\n`;
  expect(await problemsOf(readDatasetFile(fileOf("old.csv", old)))).toEqual([
    'row 2, column "Year": 1850 is outside the years this app shows (1900–2200)',
  ]);
  // Two rows with the same meeting number: only the validator compares rows.
  const twice =
    "id,number,kind,title,start\na,7,policy meeting,First,2014\nb,7,policy meeting,Second,2015\n";
  const [problem] = await problemsOf(readDatasetFile(fileOf("twice.csv", twice)));
  expect(problem).toBe("row 3 (meetings[1].number): meeting number 7 is also used by meetings[0]");
});

test("country names become today's codes, not withdrawn ones", async () => {
  const csv =
    "id,title,start,format,city,country\na,A,2014,in person,Hanoi,Vietnam\nb,B,2015,in person,Yangon,Myanmar\nc,C,2016,in person,Hanoi,VN\n";
  const read = await readDatasetFile(fileOf("places.csv", csv));
  expect(read.dataset.venues.map((v) => v.country)).toEqual(["VN", "MM"]);
});

test("a file in neither UTF-8 nor Shift_JIS is refused, not shown garbled", async () => {
  // "Café" as a Western European Windows program saves it (cp1252): é is 0xE9.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(`${TIMELINE_HEADER}\n2014,,,,,,,,,Caf`),
    0xe9,
    0x20,
    ...new TextEncoder().encode("meeting,,,,,,,,\n"),
  ]);
  expect(await problemsOf(readDatasetFile(fileOf("ansi.csv", bytes)))).toEqual([
    "ansi.csv: is neither UTF-8 nor Shift_JIS text: save it again as “CSV UTF-8” (or JSON in UTF-8) and open that",
  ]);
});

test("the app's CSV with an unknown country or a bad date names the cell", async () => {
  const csv = meetingsCsv(realIndex).split("\r\n");
  const header = csv[0] ?? "";
  const seventh = csv.find((line) => line.startsWith("7,")) ?? "";
  const broken = seventh.replace("2014-10-07", "2014-13-07").replace(",Japan,", ",Atlantis,");
  expect(
    await problemsOf(readDatasetFile(fileOf("edited.csv", `${header}\r\n${broken}\r\n`))),
  ).toEqual([
    'row 2, column "start": "2014-13-07" is not a day in the calendar',
    'row 2, column "country": "Atlantis" is not a country this app knows: write its English name or its two-letter code',
  ]);
});

test("a CSV in other columns, or of 100,000 rows, is refused with a reason", async () => {
  expect(await problemsOf(readDatasetFile(fileOf("people.csv", "name,phone\nA,1\n")))).toEqual([
    expect.stringMatching(/^people\.csv, row 1: the columns are neither TimelineJS's/),
  ]);
  const rows = Array.from(
    { length: 100_000 },
    (_, i) => `2000,1,1,,,,,,,Event ${String(i)},,,,,,,,`,
  );
  const big = `${TIMELINE_HEADER}\n${rows.join("\n")}\n`;
  expect(await problemsOf(readDatasetFile(fileOf("big.csv", big)))).toEqual([
    `big.csv: has more than ${MAX_CSV_ROWS.toLocaleString("en")} rows; the largest spreadsheet this app opens has ${MAX_CSV_ROWS.toLocaleString("en")} rows below its header`,
  ]);
});

test("JSON that is not an object is named as not a dataset", async () => {
  expect(await problemsOf(readDatasetFile(fileOf("list.json", "[1, 2, 3]")))).toEqual([
    "list.json: holds JSON, but not a dataset: expected an object, with version, series, sources, venues and meetings (this app's format) or with events (TimelineJS)",
  ]);
});
