import type { DatasetIndex } from "./dataset-index";
import { ordinal } from "./ordinal";
import type { Meeting } from "./schema";

/** "7th meeting" for a policy meeting; a related event goes by its title. */
export function shortLabel(meeting: Meeting): string {
  return meeting.number === null ? meeting.title : `${ordinal(meeting.number)} meeting`;
}

export function countryName(index: DatasetIndex, code: string): string {
  return index.countriesByCode.get(code)?.name ?? code;
}

/** Where a meeting took place, as honestly as the sources allow: "Tokyo, Japan", "Indonesia (city not recorded)". */
export function placeLabel(index: DatasetIndex, meeting: Meeting): string {
  const location = meeting.location;
  if (location === "not recorded") return "Place not recorded";
  if (location.mode === "online") return "Online";
  const venue = index.venuesById.get(location.venueId);
  if (venue === undefined) return "Place not recorded";
  const country = countryName(index, venue.country);
  if (venue.city === "not recorded") return `${country} (city not recorded)`;
  // A city-state is named once: "Singapore", not "Singapore, Singapore".
  return venue.city === country ? country : `${venue.city}, ${country}`;
}

export function statusLabel(meeting: Meeting): string {
  switch (meeting.status) {
    case "held":
      return "Held";
    case "announced":
      return "Announced";
    case "not recorded":
      return "Status not recorded";
  }
}
