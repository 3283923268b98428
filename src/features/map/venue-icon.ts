import { DivIcon } from "leaflet";
import { meetingCountLabel } from "../../data/venue-groups";

/**
 * A marker showing its meeting count, built from DOM nodes with textContent (never an HTML string),
 * so a place name from the dataset cannot inject markup. The accessible name is the full sentence.
 */
export function venueIcon({
  name,
  count,
  selected,
  countryOnly,
}: {
  name: string;
  count: number;
  selected: boolean;
  countryOnly: boolean;
}): DivIcon {
  const root = document.createElement("span");
  const badge = document.createElement("span");
  badge.className = "venue-marker__count";
  badge.setAttribute("aria-hidden", "true");
  badge.textContent = String(count);
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.textContent = `${name}${countryOnly ? " (country only)" : ""} — ${meetingCountLabel(count)}${
    selected ? ", selected" : ""
  }`;
  root.append(badge, label);
  const size = selected ? 40 : 30;
  return new DivIcon({
    html: root,
    className: [
      "venue-marker",
      selected ? "venue-marker--selected" : "",
      countryOnly ? "venue-marker--country" : "",
    ]
      .filter(Boolean)
      .join(" "),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
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
