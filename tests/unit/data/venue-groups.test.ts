import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import {
  groupMeetingsByPlace,
  meetingCountBadge,
  meetingCountLabel,
} from "../../../src/data/venue-groups";
import { buildDataset, buildMeeting, buildVenue } from "../helpers/builders";
import { realDataset } from "../helpers/real-dataset";

test("the shipped dataset gives one place per city, with Tokyo's meetings together", () => {
  const { places, unplaced } = groupMeetingsByPlace(indexDataset(realDataset));
  const summary = places.map((p) => `${p.label}: ${p.meetings.map((m) => m.id).join(" ")}`);
  expect(summary).toEqual([
    "Tokyo, Japan: 1 3 5 ministerial-2013 7 9",
    "Bangkok, Thailand: 2 ajccbc-2018 12",
    "Kuala Lumpur, Malaysia: 4",
    "Manila, the Philippines: 6",
    "Indonesia (city not recorded): 8",
    "Singapore: 10 17",
  ]);
  expect(unplaced.map((m) => m.id)).toEqual(["11", "13", "14", "15", "16"]);
});

test("a city's marker stands at the city, not at one hotel in it", () => {
  const index = indexDataset(
    buildDataset({
      venues: [
        buildVenue({ id: "hotel", name: "Hotel", precision: "building", lat: 35.69, lng: 139.69 }),
        buildVenue({ id: "tokyo", lat: 35.68, lng: 139.77 }),
      ],
      meetings: [
        buildMeeting({ number: 1, location: { mode: "in-person", venueId: "hotel" } }),
        buildMeeting({ number: 2, location: { mode: "in-person", venueId: "tokyo" } }),
      ],
    }),
  );
  const [tokyo] = groupMeetingsByPlace(index).places;
  expect([tokyo?.lat, tokyo?.lng, tokyo?.meetings.length]).toEqual([35.68, 139.77, 2]);
});

test("a country-only venue is its own place, marked as such", () => {
  const index = indexDataset(
    buildDataset({
      venues: [
        buildVenue({
          id: "id",
          name: "Indonesia",
          city: "not recorded",
          country: "ID",
          precision: "country",
        }),
      ],
      meetings: [buildMeeting({ location: { mode: "in-person", venueId: "id" } })],
    }),
  );
  const [place] = groupMeetingsByPlace(index).places;
  expect(place).toMatchObject({
    countryOnly: true,
    label: "Indonesia (city not recorded)",
    name: "Indonesia",
  });
});

test("policy meetings and related events are counted apart, in words and on a marker", () => {
  const policy = (n: number) => buildMeeting({ number: n });
  const related = buildMeeting({ kind: "related-event", number: null });
  expect(meetingCountLabel([policy(1)])).toBe("1 policy meeting");
  expect(meetingCountLabel([policy(1), policy(3)])).toBe("2 policy meetings");
  expect(meetingCountLabel([policy(1), related])).toBe("1 policy meeting and 1 related event");
  expect(meetingCountLabel([related])).toBe("1 related event");
  expect(meetingCountBadge([policy(1), policy(3), related])).toBe("2+1");
  expect(meetingCountBadge([policy(1), policy(3)])).toBe("2");
});
