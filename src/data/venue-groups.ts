import type { DatasetIndex } from "./dataset-index";
import { countryName } from "./meeting-labels";
import type { Meeting, Venue } from "./schema";
import { venueOf } from "./venue-of";
import { dataText } from "./messages";
import { placesText } from "./places-messages";

/** One place on the map: every meeting held in one city (or, when only that is known, one country). */
export type Place = {
  key: string;
  /** "Tokyo", "Bangkok", or the country when the city is not recorded. */
  name: string;
  /** "Tokyo, Japan"; "Indonesia (city not recorded)". */
  label: string;
  countryOnly: boolean;
  /** The country's two-letter code. */
  country: string;
  lat: number;
  lng: number;
  meetings: Meeting[];
};

export type PlaceGroups = {
  places: Place[];
  /** Meetings with no place to draw: online, or where the sources do not say. */
  unplaced: Meeting[];
};

export function placeKey(venue: Venue): string {
  return venue.city === "not recorded"
    ? `${venue.country}:country`
    : `${venue.country}:${venue.city}`;
}

/** The key of the place where the given meeting was held, when it has one on the map. */
export function placeKeyOfMeeting(
  index: DatasetIndex,
  meetingId: string | undefined,
): string | undefined {
  const meeting = meetingId === undefined ? undefined : index.meetingsById.get(meetingId);
  const venue = meeting === undefined ? undefined : venueOf(index, meeting);
  return venue === undefined ? undefined : placeKey(venue);
}

/**
 * Groups meetings (in timeline order) by place. A city's marker stands at its city-level coordinates
 * when the dataset has them, so a hotel in Tokyo and "Tokyo" share one marker.
 */
export function groupMeetingsByPlace(index: DatasetIndex): PlaceGroups {
  const places = new Map<string, Place>();
  // Places whose marker still stands at a building rather than at the city.
  const atBuilding = new Set<string>();
  const unplaced: Meeting[] = [];
  for (const meeting of index.order) {
    const venue = venueOf(index, meeting);
    const lat = venue?.lat;
    const lng = venue?.lng;
    // An imported spreadsheet may name a city without its coordinates: listed, never guessed.
    if (venue === undefined || typeof lat !== "number" || typeof lng !== "number") {
      unplaced.push(meeting);
      continue;
    }
    const key = placeKey(venue);
    const existing = places.get(key);
    if (existing === undefined) {
      const country = countryName(index, venue.country);
      const countryOnly = venue.city === "not recorded";
      places.set(key, {
        key,
        name: countryOnly ? country : venue.city,
        label: countryOnly
          ? dataText().cityNotRecorded({ country })
          : venue.city === country
            ? country
            : dataText().cityAndCountry({ city: venue.city, country }),
        countryOnly,
        country: venue.country,
        lat,
        lng,
        meetings: [meeting],
      });
      if (venue.precision === "building") atBuilding.add(key);
    } else {
      existing.meetings.push(meeting);
      if (atBuilding.has(key) && venue.precision !== "building") {
        existing.lat = lat;
        existing.lng = lng;
        atBuilding.delete(key);
      }
    }
  }
  return { places: [...places.values()], unplaced };
}

/** How many of the meetings are policy meetings of the series, and how many related events. */
export function countKinds(meetings: readonly Meeting[]): { policy: number; related: number } {
  const policy = meetings.filter((meeting) => meeting.kind === "policy-meeting").length;
  return { policy, related: meetings.length - policy };
}

/**
 * What a place's number counts, in words: "5 policy meetings and 1 related event", "1 policy
 * meeting", "1 related event". Policy meetings of the series and related events (a ministerial
 * meeting, a centre's opening) are never added together as "meetings".
 */
export function meetingCountLabel(meetings: readonly Meeting[]): string {
  const { policy, related } = countKinds(meetings);
  const text = placesText();
  if (policy > 0 && related > 0) {
    return text.both({
      policy: text.policyCount({ count: policy }),
      related: text.relatedCount({ count: related }),
    });
  }
  if (policy > 0) return text.policyCount({ count: policy });
  if (related > 0) return text.relatedCount({ count: related });
  return text.noMeetings();
}

/** The number on a place's marker: its policy meetings, and "+1" for each related event ("5+1"). */
export function meetingCountBadge(meetings: readonly Meeting[]): string {
  const { policy, related } = countKinds(meetings);
  return related === 0 ? String(policy) : `${policy}+${related}`;
}
