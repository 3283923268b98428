import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { hostingPicture } from "../../../src/data/hosting-picture";
import { realDataset } from "../helpers/real-dataset";

test("the hosting picture places each policy meeting under its host and year", () => {
  const picture = hostingPicture(indexDataset(realDataset));
  expect(picture.years[0]).toBe(2009);
  expect(picture.years.at(-1)).toBe(2024);
  const rows = picture.rows.map(
    (row) =>
      `${row.label} (${row.kind}): ${row.meetings.map((m) => `${m.meeting.number}@${m.year}`).join(" ")}`,
  );
  expect(rows).toEqual([
    "Japan (japan): 1@2009 3@2011 5@2012 7@2014 9@2016",
    "Thailand (asean): 2@2010 12@2019",
    "Malaysia (asean): 4@2011",
    "the Philippines (asean): 6@2013",
    "Singapore (asean): 10@2017 17@2024",
    "Online (online): 13@2020 14@2021",
  ]);
  expect(picture.unplaced.map((u) => `${u.meeting.id}: ${u.missing}`)).toEqual([
    "8: year",
    "11: host and year",
    "15: host and year",
    "16: host and year",
  ]);
});
