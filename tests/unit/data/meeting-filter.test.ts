import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { hostOptions, yearBounds } from "../../../src/data/filter-options";
import { filterMeetings, filterToParams, parseFilter } from "../../../src/data/meeting-filter";
import { realDataset } from "../helpers/real-dataset";

const index = indexDataset(realDataset);
const ids = (filter: Parameters<typeof filterMeetings>[1]) =>
  filterMeetings(index, filter).meetings.map((m) => m.id);

test("hosts are the countries that hosted, in order of first hosting, then Online", () => {
  expect(hostOptions(index).map((o) => o.label)).toEqual([
    "Japan",
    "Thailand",
    "Malaysia",
    "the Philippines",
    "Indonesia",
    "Singapore",
    "Online",
  ]);
  expect(yearBounds(index)).toEqual({ first: 2009, last: 2024 });
});

test("filtering by host keeps that host's meetings and related events", () => {
  expect(ids({ host: "TH" })).toEqual(["2", "ajccbc-2018", "12"]);
  expect(ids({ host: "online" })).toEqual(["13", "14"]);
});

test("a year range keeps dated meetings in range and counts the undated it leaves out", () => {
  const result = filterMeetings(index, { from: 2013, to: 2014 });
  expect(result.meetings.map((m) => m.id)).toEqual(["ministerial-2013", "6", "7"]);
  expect(result.undatedHidden).toBe(4);
});

test("host and years combine; an impossible combination matches nothing", () => {
  expect(ids({ host: "JP", from: 2012, to: 2016 })).toEqual(["5", "ministerial-2013", "7", "9"]);
  expect(ids({ host: "SG", to: 2010 })).toEqual([]);
});

test("the filter round-trips through the address; values not understood are named", () => {
  const filter = { host: "JP", from: 2010, to: 2015 };
  expect(parseFilter(filterToParams(filter), index)).toEqual({
    filter,
    ignored: [],
    swapped: false,
  });
  expect(parseFilter(new URLSearchParams("host=XX&from=20x0&to=2012"), index)).toEqual({
    filter: { to: 2012 },
    ignored: ["host=XX", "from=20x0"],
    swapped: false,
  });
});

test("years given the wrong way round are read in order, and said to be", () => {
  expect(parseFilter(new URLSearchParams("from=2016&to=2012"), index)).toEqual({
    filter: { from: 2012, to: 2016 },
    ignored: [],
    swapped: true,
  });
});
