import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import { timelineLayout, undatedNote } from "../../../src/data/timeline-layout";
import { realDataset } from "../helpers/real-dataset";

test("the timeline slide places each dated entry by year, policy meetings above, related events below", () => {
  const layout = timelineLayout(indexDataset(realDataset));
  expect(layout.years[0]?.year).toBe(2009);
  expect(layout.years.at(-1)?.year).toBe(2024);
  const seventh = layout.marks.find((mark) => mark.meeting.id === "7");
  const ministerial = layout.marks.find((mark) => mark.meeting.id === "ministerial-2013");
  expect(seventh?.label).toBe("7");
  expect(seventh?.y).toBeLessThan(layout.axisY);
  expect(ministerial?.label).toBe("R");
  expect(ministerial?.y).toBeGreaterThan(layout.axisY);
  // Two policy meetings in 2011 (the 3rd and the 4th) stand one above the other.
  const third = layout.marks.find((mark) => mark.meeting.id === "3");
  const fourth = layout.marks.find((mark) => mark.meeting.id === "4");
  expect(third?.x).toBe(fourth?.x);
  expect(third?.y).not.toBe(fourth?.y);
  // Entries with no recorded year are named, not placed on a guess.
  expect(undatedNote(layout.undated)).toBe(
    "Year not recorded: 8th meeting, 11th meeting, 15th meeting, 16th meeting.",
  );
});
