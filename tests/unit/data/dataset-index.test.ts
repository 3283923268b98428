import { expect, test } from "vitest";
import {
  indexDataset,
  neighbours,
  nextPolicyMeeting,
  timelineOrder,
} from "../../../src/data/dataset-index";
import { placeLabel, shortLabel, statusLabel } from "../../../src/data/meeting-labels";
import { ordinal } from "../../../src/data/ordinal";
import { participantsOf } from "../../../src/data/series-parties";
import { buildDataset, buildMeeting, buildVenue } from "../helpers/builders";

const m1 = buildMeeting({ number: 1, date: { precision: "month", month: "2013-02" } });
const m2 = buildMeeting({ number: 2, date: "not recorded" });
const m3 = buildMeeting({ number: 3, date: { precision: "month", month: "2013-10" } });
const event = buildMeeting({
  number: null,
  id: "event",
  date: { precision: "day", start: "2013-09-12" },
});

test("policy meetings keep number order even when a date is missing", () => {
  expect(timelineOrder([m3, m1, m2]).map((m) => m.id)).toEqual(["1", "2", "3"]);
});

test("a related event sits before the first policy meeting known to come after it", () => {
  expect(timelineOrder([m3, event, m2, m1]).map((m) => m.id)).toEqual(["1", "2", "event", "3"]);
});

test("a related event later than every meeting goes last", () => {
  const late = buildMeeting({ number: null, id: "late", date: { precision: "year", year: 2030 } });
  expect(timelineOrder([late, m1]).map((m) => m.id)).toEqual(["1", "late"]);
});

test("neighbours walk the timeline order and stop at its ends", () => {
  const order = timelineOrder([m1, m2, m3]);
  expect(neighbours(order, "2")).toEqual({ previous: m1, next: m3 });
  expect(neighbours(order, "1").previous).toBeUndefined();
  expect(neighbours(order, "3").next).toBeUndefined();
  expect(neighbours(order, "missing")).toEqual({ previous: undefined, next: undefined });
});

test("the next policy meeting skips related events", () => {
  expect(nextPolicyMeeting([m1, event, m2], m1)).toBe(m2);
  expect(nextPolicyMeeting([m1, event], event)).toBeUndefined();
});

test("place labels say what is known and no more", () => {
  const base = buildDataset();
  const index = indexDataset(
    buildDataset({
      series: {
        ...base.series,
        participants: [
          ...participantsOf(base.series),
          { code: "SG", name: "Singapore", group: "asean" },
        ],
      },
      venues: [
        buildVenue(),
        buildVenue({
          id: "id",
          name: "Indonesia",
          city: "not recorded",
          country: "ID",
          precision: "country",
        }),
        buildVenue({ id: "sg", name: "Singapore", city: "Singapore", country: "SG" }),
      ],
    }),
  );
  const at = (location: Parameters<typeof buildMeeting>[0]) =>
    placeLabel(index, buildMeeting(location));
  expect(at({})).toBe("Tokyo, Japan");
  expect(at({ location: { mode: "in-person", venueId: "id" } })).toBe(
    "Indonesia (city not recorded)",
  );
  expect(at({ location: { mode: "in-person", venueId: "sg" } })).toBe("Singapore");
  expect(at({ location: { mode: "online" } })).toBe("Online");
  expect(at({ location: "not recorded" })).toBe("Place not recorded");
});

test("labels in words for ordinals, kinds and status", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual([
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
  ]);
  expect(shortLabel(m1)).toBe("1st meeting");
  expect(shortLabel(event)).toBe("A related event");
  expect(statusLabel(buildMeeting({ status: "announced" }))).toBe("Announced");
  expect(statusLabel(buildMeeting({ status: "not recorded" }))).toBe("Status not recorded");
});
