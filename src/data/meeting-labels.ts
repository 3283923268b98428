import type { DatasetIndex } from "./dataset-index";
import { dataText } from "./messages";
import { ordinal } from "./ordinal";
import type { LocalizedText, Meeting } from "./schema";
import { shownText } from "./localized-text";

/** "7th meeting" (第7回会合) for a policy meeting; a related event goes by its title. */
export function shortLabel(meeting: Meeting): string {
  return meeting.number === null
    ? meeting.title
    : dataText().policyMeeting({ number: meeting.number, ordinal: ordinal(meeting.number) });
}

/**
 * A country's name as the page shows it (`shownText`), or as `text` gives it (the CSV export's
 * English); its code where the dataset has no such country.
 */
export function countryName(
  index: DatasetIndex,
  code: string,
  text: (name: LocalizedText) => string = (name) => shownText(name).text,
): string {
  const country = index.countriesByCode.get(code);
  return country === undefined ? code : text(country.name);
}

/** Where a meeting took place, as honestly as the sources allow: "Tokyo, Japan", "Indonesia (city not recorded)". */
export function placeLabel(index: DatasetIndex, meeting: Meeting): string {
  const location = meeting.location;
  const text = dataText();
  if (location === "not recorded") return text.placeNotRecorded();
  if (location.mode === "online") return text.online();
  const venue = index.venuesById.get(location.venueId);
  if (venue === undefined) return text.placeNotRecorded();
  const country = countryName(index, venue.country);
  if (venue.city === "not recorded") return text.cityNotRecorded({ country });
  // A city-state is named once: "Singapore", not "Singapore, Singapore".
  return venue.city === country ? country : text.cityAndCountry({ city: venue.city, country });
}

export function statusLabel(meeting: Meeting): string {
  switch (meeting.status) {
    case "held":
      return dataText().statusHeld();
    case "announced":
      return dataText().statusAnnounced();
    case "not recorded":
      return dataText().statusNotRecorded();
  }
}
