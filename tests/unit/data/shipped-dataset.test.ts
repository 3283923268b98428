import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { formatPartialDate } from "../../../src/data/format-date";
import { placeLabel } from "../../../src/data/meeting-labels";
import { realDataset } from "../helpers/real-dataset";

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
  expect(seventh.sources.map((s) => s.sourceId)).toEqual(["meti-2014-10-08"]);
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

test("the series names its 10 ASEAN members, Japan and its three organisers", () => {
  const { participants, organisers } = realDataset.series;
  expect(participants.filter((c) => c.group === "asean")).toHaveLength(10);
  expect(participants.filter((c) => c.group === "japan").map((c) => c.name)).toEqual(["Japan"]);
  expect(organisers.map((o) => o.abbreviation)).toEqual(["NISC", "MIC", "METI"]);
});

test("the timeline runs from the 1st meeting and puts the ministerial meeting before the 6th", () => {
  const ids = index.order.map((m) => m.id);
  expect(ids[0]).toBe("1");
  expect(ids.indexOf("ministerial-2013")).toBe(ids.indexOf("6") - 1);
});
