import type { Dataset, Meeting, Source, Venue } from "../../../src/data/schema";

export function buildSource(overrides: Partial<Source> = {}): Source {
  return {
    id: "src-a",
    title: "A government press release",
    publisher: "A ministry",
    date: { precision: "day", start: "2014-10-08" },
    url: "https://example.org/release",
    strength: "A",
    ...overrides,
  };
}

export function buildVenue(overrides: Partial<Venue> = {}): Venue {
  return {
    id: "tokyo",
    name: "Tokyo",
    city: "Tokyo",
    country: "JP",
    lat: 35.68,
    lng: 139.77,
    precision: "city",
    ...overrides,
  };
}

export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const number = overrides.number === undefined ? 1 : overrides.number;
  return {
    id: number === null ? "event" : String(number),
    kind: number === null ? "related-event" : "policy-meeting",
    number,
    title: number === null ? "A related event" : `Meeting ${number}`,
    seriesName: "not recorded",
    status: "held",
    date: { precision: "month", month: "2009-02" },
    location: { mode: "in-person", venueId: "tokyo" },
    hosts: "not recorded",
    coChairs: "not recorded",
    attendees: "not recorded",
    summary: "not recorded",
    achievements: "not recorded",
    related: [],
    sources: [{ sourceId: "src-a", supports: "date and city" }],
    ...overrides,
  };
}

export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    version: 1,
    series: {
      name: "Test series",
      summary: "A series used in tests.",
      participants: [
        { code: "JP", name: "Japan", group: "japan" },
        { code: "TH", name: "Thailand", group: "asean" },
        { code: "ID", name: "Indonesia", group: "asean" },
      ],
      organisers: [{ abbreviation: "METI", name: "Ministry of Economy, Trade and Industry" }],
      sources: [{ sourceId: "src-a", supports: "everything" }],
    },
    sources: [buildSource()],
    venues: [buildVenue()],
    meetings: [buildMeeting()],
    ...overrides,
  };
}
