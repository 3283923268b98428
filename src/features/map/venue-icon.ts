import { DivIcon } from "leaflet";
import type { Meeting } from "../../data/schema";
import { meetingCountBadge, meetingCountLabel } from "../../data/venue-groups";
import { placesText } from "../../data/places-messages";
import { mapText } from "./messages";

/**
 * A marker showing its meeting count, built from DOM nodes with textContent (never an HTML string),
 * so a place name from the dataset cannot inject markup. The accessible name is the full sentence.
 */
export function venueIcon({
  name,
  meetings,
  selected,
  countryOnly,
}: {
  name: string;
  meetings: readonly Meeting[];
  selected: boolean;
  countryOnly: boolean;
}): DivIcon {
  const root = document.createElement("span");
  const badge = document.createElement("span");
  badge.className = "venue-marker__count";
  badge.setAttribute("aria-hidden", "true");
  badge.textContent = meetingCountBadge(meetings);
  const label = document.createElement("span");
  label.className = "visually-hidden";
  const text = mapText();
  const marked = text.markerLabel({
    name: countryOnly ? placesText().countryOnly({ name }) : name,
    count: meetingCountLabel(meetings),
  });
  label.textContent = selected ? text.markerSelected({ label: marked }) : marked;
  root.append(badge, label);
  const size = selected ? 40 : 30;
  // A wider, pill-shaped marker for "5+1"; a single digit keeps the circle.
  const width = Math.max(size, 14 + badge.textContent.length * 9);
  return new DivIcon({
    html: root,
    className: [
      "venue-marker",
      selected ? "venue-marker--selected" : "",
      countryOnly ? "venue-marker--country" : "",
    ]
      .filter(Boolean)
      .join(" "),
    iconSize: [width, size],
    iconAnchor: [width / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

export function countryLabelIcon(name: string, small: boolean): DivIcon {
  const root = document.createElement("span");
  root.textContent = name;
  return new DivIcon({
    html: root,
    className: `country-label${small ? " country-label--small" : ""}`,
    iconSize: [0, 0],
  });
}
