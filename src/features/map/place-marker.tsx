import { StableLink } from "../../components/stable-link";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { Marker, Popup } from "react-leaflet";
import { formatPartialDate } from "../../data/format-date";
import { shortLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import { meetingCountLabel, type Place } from "../../data/venue-groups";
import { venueIcon } from "./venue-icon";

/**
 * One marker per place. Activating it (click, Enter) lists its meetings; a place with a single
 * meeting also selects that meeting at once.
 */
export function PlaceMarker({ place, selected }: { place: Place; selected: boolean }) {
  const navigate = useNavigate();
  const icon = useMemo(
    () =>
      venueIcon({
        name: place.name,
        count: place.meetings.length,
        selected,
        countryOnly: place.countryOnly,
      }),
    [place, selected],
  );
  const only = place.meetings.length === 1 ? place.meetings[0] : undefined;
  return (
    <Marker
      position={[place.lat, place.lng]}
      icon={icon}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        click: () => {
          if (only !== undefined) void navigate(meetingPath(only.id));
        },
      }}
    >
      <Popup>
        <p className="place-popup__title">
          {place.label} — {meetingCountLabel(place.meetings.length)}
        </p>
        {place.countryOnly ? (
          <p className="place-popup__note">
            Only the country is recorded; the marker stands at the capital.
          </p>
        ) : null}
        <ul className="place-popup__list">
          {place.meetings.map((meeting) => (
            <li key={meeting.id}>
              <StableLink to={meetingPath(meeting.id)}>
                {shortLabel(meeting)}, {formatPartialDate(meeting.date)}
              </StableLink>
            </li>
          ))}
        </ul>
      </Popup>
    </Marker>
  );
}
