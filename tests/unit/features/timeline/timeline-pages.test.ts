import { expect, test } from "vitest";
import type { Meeting } from "../../../../src/data/schema";
import { pageAt, timelinePages } from "../../../../src/features/timeline/timeline-pages";
import { buildMeeting } from "../../helpers/builders";

function meetingsIn(years: (number | undefined)[]): Meeting[] {
  return years.map((year, i) =>
    buildMeeting({
      number: i + 1,
      date: year === undefined ? "not recorded" : { precision: "month", month: `${year}-03` },
    }),
  );
}

test("a timeline of up to 100 entries is one page", () => {
  const pages = timelinePages(meetingsIn(Array.from({ length: 100 }, () => 2014)));
  expect(pages).toEqual([{ start: 0, end: 100, label: "All" }]);
  expect(timelinePages([])).toEqual([]);
});

test("a longer timeline is cut at each change of year, undated entries staying with the year before", () => {
  const years = [
    ...Array.from({ length: 2 }, () => undefined),
    ...Array.from({ length: 50 }, () => 2009),
    undefined,
    ...Array.from({ length: 60 }, () => 2010),
  ];
  expect(timelinePages(meetingsIn(years))).toEqual([
    { start: 0, end: 53, label: "2009" },
    { start: 53, end: 113, label: "2010" },
  ]);
});

test("a year with more than 100 entries comes in parts, and a run with no dates says so", () => {
  const years = [
    ...Array.from({ length: 230 }, () => 2020),
    ...Array.from({ length: 5 }, () => undefined),
  ];
  const pages = timelinePages(meetingsIn(years));
  expect(pages.map((p) => p.label)).toEqual([
    "2020, part 1 of 3",
    "2020, part 2 of 3",
    "2020, part 3 of 3",
  ]);
  expect(pages.at(-1)).toMatchObject({ start: 200, end: 235 });
  const undated = timelinePages(meetingsIn(Array.from({ length: 101 }, () => undefined)));
  expect(undated.map((p) => p.label)).toEqual([
    "Date not recorded, part 1 of 2",
    "Date not recorded, part 2 of 2",
  ]);
});

test("pageAt finds the page holding an entry", () => {
  const pages = timelinePages(
    meetingsIn([
      ...Array.from({ length: 60 }, () => 2009),
      ...Array.from({ length: 60 }, () => 2010),
    ]),
  );
  expect(pageAt(pages, 0)).toBe(0);
  expect(pageAt(pages, 59)).toBe(0);
  expect(pageAt(pages, 60)).toBe(1);
  expect(pageAt(pages, 500)).toBe(0);
});
