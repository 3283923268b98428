import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { formatPartialDate } from "../../../src/data/format-date";
import { placeLabel } from "../../../src/data/meeting-labels";
import { NOT_RECORDED } from "../../../src/data/not-recorded";
import { organisersOf, participantsOf } from "../../../src/data/series-parties";
import { realDataset } from "../helpers/real-dataset";
import { englishText, shownText } from "../../../src/data/localized-text";
import { coChairName } from "../../../src/data/co-chair-details";
import { setActiveLocale } from "../../../src/data/i18n/locale";

const index = indexDataset(realDataset);
function meeting(id: string) {
  const found = index.meetingsById.get(id);
  if (found === undefined) throw new Error(`no meeting ${id}`);
  return found;
}

test("the primary source's meetings 1–7 have its dates and cities", () => {
  const expected = [
    ["1", "Feb 2009", "Tokyo, Japan"],
    ["2", "Mar 2010", "Bangkok, Thailand"],
    ["3", "7–8 Mar 2011", "Tokyo, Japan"],
    ["4", "Nov 2011", "Kuala Lumpur, Malaysia"],
    ["5", "10–11 Oct 2012", "Tokyo, Japan"],
    ["6", "Oct 2013", "Manila, the Philippines"],
    ["7", "7–8 Oct 2014", "Tokyo, Japan"],
  ];
  for (const [id, date, place] of expected) {
    const m = meeting(id ?? "");
    expect([id, formatPartialDate(m.date), placeLabel(index, m)]).toEqual([id, date, place]);
  }
});

test("the 7th meeting carries the press release's hosts, co-chairs and four achievements", () => {
  const seventh = meeting("7");
  expect(seventh.location).toEqual({ mode: "in-person", venueId: "tokyo-keio-plaza" });
  expect(seventh.hosts).toHaveLength(3);
  expect(seventh.coChairs).toEqual([
    expect.objectContaining({ country: "JP", name: "Mr. Ryozo Hayashi" }),
    expect.objectContaining({ country: "TH", name: "Dr. Chaichana Mitrpant" }),
  ]);
  expect(seventh.achievements).toHaveLength(4);
  // MIC's 2017 release gives the series' Japanese name at the time.
  expect(seventh.sources.map((s) => s.sourceId)).toEqual(["meti-2014-10-08", "mic-2017-10-16"]);
});

test("the 8th is placed in Indonesia at country level, city not recorded", () => {
  const eighth = meeting("8");
  expect(placeLabel(index, eighth)).toBe("Indonesia (city not recorded)");
  expect(eighth.date).toBe("not recorded");
  expect(index.venuesById.get("indonesia")?.precision).toBe("country");
});

test("the 2013 ministerial meeting is a related event linked to the 7th", () => {
  const ministerial = meeting("ministerial-2013");
  expect(ministerial.kind).toBe("related-event");
  expect(ministerial.number).toBeNull();
  expect(meeting("7").related.map((r) => r.meetingId)).toContain("ministerial-2013");
});

test("the series names its 10 ASEAN members up to 2024, Japan and its organisers by today's names", () => {
  const { participantsNote, name } = realDataset.series;
  const participants = participantsOf(realDataset.series);
  const organisers = organisersOf(realDataset.series);
  expect(participants.filter((c) => c.group === "asean")).toHaveLength(10);
  expect(participants.filter((c) => c.group === "japan").map((c) => englishText(c.name))).toEqual([
    "Japan",
  ]);
  // In Japanese as MIC prints them (decision 019), in MIC's order.
  expect(participants.map((c) => shownText(c.name, "ja").text).join("、")).toBe(
    "ブルネイ、カンボジア、インドネシア、ラオス、マレーシア、ミャンマー、フィリピン、シンガポール、タイ、ベトナム、日本",
  );
  expect(organisers.map((o) => shownText(o.name, "ja").text)).toEqual([
    "国家サイバー統括室",
    "総務省",
    "経済産業省",
  ]);
  // NISC's work passed to the NCO on 1 July 2025; its earlier names are kept in the note.
  expect(organisers.map((o) => o.abbreviation)).toEqual(["NCO", "MIC", "METI"]);
  expect(organisers[0]?.note).toMatch(
    /1 July 2025.*National Information Security Center.*January 2015/,
  );
  expect(name).toEqual({
    en: "Japan-ASEAN Cybersecurity Policy Meeting",
    ja: { text: "日ASEANサイバーセキュリティ政策会議", sourceId: "mic-2024-10-21" },
  });
  expect(participantsNote).toMatch(
    /Timor-Leste became ASEAN's eleventh member state on 26 October 2025/,
  );
});

test("a co-chair's name is written in one order in every record", () => {
  const names = realDataset.meetings.flatMap((m) =>
    m.coChairs === "not recorded" ? [] : m.coChairs.map((c) => c.name),
  );
  expect(names.filter((n) => /Hayashi/.test(n))).toEqual([
    "Ryozo Hayashi",
    "Ryozo Hayashi",
    "Mr. Ryozo Hayashi",
    "Mr. Ryozo Hayashi",
  ]);
});

test("hosts carry NISC's name as it was at each meeting", () => {
  const hostsOf = (id: string) => {
    const hosts = realDataset.meetings.find((m) => m.id === id)?.hosts;
    return hosts === "not recorded" || hosts === undefined ? "" : hosts.join("; ");
  };
  expect(hostsOf("7")).toMatch(/^National Information Security Center \(NISC\)/);
  expect(hostsOf("17")).toMatch(
    /^National center of Incident readiness and Strategy for Cybersecurity/,
  );
});

test("the timeline runs from the 1st meeting and puts the ministerial meeting before the 6th", () => {
  const ids = index.order.map((m) => m.id);
  expect(ids[0]).toBe("1");
  expect(ids.indexOf("ministerial-2013")).toBe(ids.indexOf("6") - 1);
});

test("the dataset covers the 1st to the 17th meeting and two related events", () => {
  const policy = realDataset.meetings.filter((m) => m.kind === "policy-meeting");
  expect(policy.map((m) => m.number).toSorted((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
    Array.from({ length: 17 }, (_, i) => i + 1),
  );
  expect(realDataset.meetings.filter((m) => m.kind === "related-event").map((m) => m.id)).toEqual([
    "ministerial-2013",
    "ajccbc-2018",
  ]);
});

test("every record cites a source and every source has a web address", () => {
  for (const m of realDataset.meetings) expect(m.sources.length, m.id).toBeGreaterThan(0);
  for (const s of realDataset.sources) expect(s.url, s.id).toMatch(/^https?:\/\//);
});

test("no record rests on minor (C) sources alone", () => {
  for (const m of realDataset.meetings) {
    const strengths = m.sources.map((c) => index.sourcesById.get(c.sourceId)?.strength);
    expect(
      strengths.some((s) => s === "A" || s === "B"),
      m.id,
    ).toBe(true);
  }
});

test("C sources give no facts, except the 14th's month and format, as the source notes direct", () => {
  const usingC = realDataset.meetings.filter((m) =>
    m.sources.some(
      (c) =>
        index.sourcesById.get(c.sourceId)?.strength === "C" && !c.supports.startsWith("nothing"),
    ),
  );
  expect(usingC.map((m) => m.id)).toEqual(["14"]);
  expect(meeting("14").coChairs).toBe("not recorded");
  expect(meeting("14").date).toEqual({ precision: "month", month: "2021-10" });
});

test("meetings no usable source describes say 'not recorded', never a guess", () => {
  for (const id of ["11", "15", "16"]) {
    const m = meeting(id);
    expect([m.date, m.location, m.status, m.coChairs, m.achievements], id).toEqual([
      "not recorded",
      "not recorded",
      "not recorded",
      "not recorded",
      "not recorded",
    ]);
  }
  expect(meeting("8").date).toBe("not recorded");
});

test("the 13th and 14th were online; the series was renamed at the 10th", () => {
  expect(meeting("13").location).toEqual({ mode: "online" });
  expect(meeting("14").location).toEqual({ mode: "online" });
  const name = (id: string, locale: "en" | "ja") => {
    const value = meeting(id).seriesName;
    return value === "not recorded" ? value : shownText(value, locale).text;
  };
  expect(name("9", "en")).toBe("ASEAN-Japan Information Security Policy Meeting");
  expect(name("12", "en")).toBe("Japan-ASEAN Cybersecurity Policy Meeting");
  // The Japanese name as it was at the time: with the middle dot until the 10th, then
  // サイバーセキュリティ, and written without the dot by 2024.
  expect(["1", "7", "10"].map((id) => name(id, "ja"))).toEqual([
    "日・ASEAN情報セキュリティ政策会議",
    "日・ASEAN情報セキュリティ政策会議",
    "日・ASEAN情報セキュリティ政策会議",
  ]);
  expect(name("13", "ja")).toBe("日・ASEANサイバーセキュリティ政策会議");
  expect(name("17", "ja")).toBe("日ASEANサイバーセキュリティ政策会議");
  const achievements = meeting("10").achievements;
  expect(achievements === "not recorded" ? [] : achievements.map((a) => a.title)).toContain(
    "Renamed the series",
  );
});

test("the bundled dataset gives what only imported files may leave 'not recorded'", () => {
  expect(
    realDataset.sources.filter((s) => s.url === NOT_RECORDED || s.strength === NOT_RECORDED),
  ).toEqual([]);
  expect(
    realDataset.venues.filter((v) => v.lat === NOT_RECORDED || v.lng === NOT_RECORDED),
  ).toEqual([]);
  expect(participantsOf(realDataset.series).filter((c) => c.group === NOT_RECORDED)).toEqual([]);
  expect(organisersOf(realDataset.series)).not.toHaveLength(0);
});

test("a co-chair printed only in katakana is named so on Japanese pages, never romanised", () => {
  const coChairs = meeting("5").coChairs;
  const cambodia =
    coChairs === "not recorded" ? undefined : coChairs.find((c) => c.country === "KH");
  expect(cambodia?.name).toBe("not recorded");
  expect(cambodia === undefined ? "" : coChairName(cambodia)).toBe("not recorded");
  setActiveLocale("ja");
  try {
    expect(cambodia === undefined ? "" : coChairName(cambodia)).toBe("マオ・チャリア");
  } finally {
    setActiveLocale("en");
  }
});
