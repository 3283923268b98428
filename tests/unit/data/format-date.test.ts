import { expect, test } from "vitest";
import { formatPartialDate, machineDate, yearOf } from "../../../src/data/format-date";

test("a month-precision date reads as the month and year only", () => {
  expect(formatPartialDate({ precision: "month", month: "2009-02" })).toBe("Feb 2009");
  expect(formatPartialDate({ precision: "month", month: "2009-02" }, "long")).toBe("February 2009");
});

test("a span of days in one month shares the month", () => {
  const date = { precision: "day", start: "2014-10-07", end: "2014-10-08" } as const;
  expect(formatPartialDate(date)).toBe("7–8 Oct 2014");
  expect(formatPartialDate(date, "long")).toBe("7–8 October 2014");
});

test("a span across months or years names both ends", () => {
  expect(formatPartialDate({ precision: "day", start: "2014-09-30", end: "2014-10-01" })).toBe(
    "30 Sep – 1 Oct 2014",
  );
  expect(formatPartialDate({ precision: "day", start: "2014-12-31", end: "2015-01-01" })).toBe(
    "31 Dec 2014 – 1 Jan 2015",
  );
});

test("a single day, a year, and a missing date", () => {
  expect(formatPartialDate({ precision: "day", start: "2020-10-20" })).toBe("20 Oct 2020");
  expect(formatPartialDate({ precision: "year", year: 2016 })).toBe("2016");
  expect(formatPartialDate("not recorded")).toBe("Date not recorded");
});

test("machine dates keep the source's precision", () => {
  expect(machineDate({ precision: "month", month: "2009-02" })).toBe("2009-02");
  expect(machineDate({ precision: "day", start: "2014-10-07", end: "2014-10-08" })).toBe(
    "2014-10-07",
  );
  expect(machineDate("not recorded")).toBeUndefined();
  expect(yearOf({ precision: "month", month: "2009-02" })).toBe(2009);
});
