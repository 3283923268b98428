import type { LatLngBoundsExpression, Marker as LeafletMarker } from "leaflet";
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Marker, Popup, useMap } from "react-leaflet";
import { StableLink } from "../../components/stable-link";
import { formatPartialDate } from "../../data/format-date";
import { shortLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import { meetingCountLabel, type Place } from "../../data/venue-groups";
import { venueIcon } from "./venue-icon";
import { mapText } from "./messages";

/** Calls `action` once its content has been rendered into the page (react-leaflet renders a
 * popup's content after Leaflet has opened it). */
function OnShown({ action }: { action: () => void }) {
  const latest = useEffectEvent(action);
  useLayoutEffect(() => {
    latest();
  }, []);
  return null;
}

/** Room kept between an open popup and the map's edge, in pixels. */
const POPUP_MARGIN = 16;
/** The popup's tip and the marker above which it opens. */
const POPUP_TIP = 40;

/**
 * One marker per place. Activating it, by pointer or by Enter, opens the list of its meetings,
 * with focus on the first; Esc closes the list and puts focus back on the marker. The list is never
 * cut by the map's edge: the map pans to show it, and a list taller than the map scrolls inside.
 */
export function PlaceMarker({ place, selected }: { place: Place; selected: boolean }) {
  const map = useMap();
  const marker = useRef<LeafletMarker>(null);
  const keptBounds = useRef<LatLngBoundsExpression | undefined>(undefined);
  const icon = useMemo(
    () =>
      venueIcon({
        name: place.name,
        meetings: place.meetings,
        selected,
        countryOnly: place.countryOnly,
      }),
    [place, selected],
  );

  // One function for the marker's life, so that the listener added on open is the one removed.
  const [closeOnEscape] = useState(() => (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    marker.current?.closePopup();
    marker.current?.getElement()?.focus();
  });
  useEffect(
    () => () => {
      document.removeEventListener("keydown", closeOnEscape);
    },
    [closeOnEscape],
  );

  /** Once the list is on screen: size it to the map, pan it into view, focus its first meeting. */
  function fitAndFocus() {
    const popup = marker.current?.getPopup();
    if (popup === undefined) return;
    const size = map.getSize();
    // The list fits the map box whatever its size; a longer one scrolls inside.
    popup.options.maxWidth = Math.max(160, Math.min(320, size.x - 2 * POPUP_MARGIN - 40));
    popup.options.minWidth = Math.min(popup.options.maxWidth, 160);
    popup.options.maxHeight = Math.max(96, size.y - 2 * POPUP_MARGIN - POPUP_TIP - 24);
    popup.update();
    popup
      .getElement()
      ?.querySelector<HTMLAnchorElement>(".place-popup__list a")
      ?.focus({ preventScroll: true });
  }

  return (
    <Marker
      ref={marker}
      position={[place.lat, place.lng]}
      icon={icon}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        popupopen: () => {
          // While it is open the map may pan past the drawn region to show it whole (a marker
          // near the region's edge would otherwise keep it cut); closing brings the map back.
          keptBounds.current = map.options.maxBounds;
          map.setMaxBounds(undefined);
          document.addEventListener("keydown", closeOnEscape);
        },
        popupclose: () => {
          document.removeEventListener("keydown", closeOnEscape);
          const bounds = keptBounds.current;
          if (bounds === undefined) return;
          // Back inside the drawn region at once, not by an animated pan: a popup also closes
          // while the map is being removed (a link in it was followed), and Leaflet 1.9.4 would
          // end that pan on a pane already gone ("reading 'classList'", Leaflet#6115).
          map.panInsideBounds(bounds, { animate: false });
          map.setMaxBounds(bounds);
        },
      }}
    >
      <Popup autoPanPadding={[POPUP_MARGIN, POPUP_MARGIN]}>
        <OnShown action={fitAndFocus} />
        <p className="place-popup__title">
          {mapText().placeAndCount({
            label: place.label,
            count: meetingCountLabel(place.meetings),
          })}
        </p>
        {place.countryOnly ? (
          <p className="place-popup__note">{mapText().countryOnlyNote()}</p>
        ) : null}
        <ul className="place-popup__list">
          {place.meetings.map((meeting) => (
            <li key={meeting.id}>
              <StableLink to={meetingPath(meeting.id)}>
                {mapText().meetingAndDate({
                  label: shortLabel(meeting),
                  date: formatPartialDate(meeting.date),
                })}
              </StableLink>
            </li>
          ))}
        </ul>
      </Popup>
    </Marker>
  );
}
