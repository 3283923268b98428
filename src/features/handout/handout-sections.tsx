import { StableLink } from "../../components/stable-link";
import { VenueMapSvg } from "../../components/venue-map/venue-map-svg";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { meetingCountLabel, type Place } from "../../data/venue-groups";

/** The handout's timeline: its meetings as a table, in order. */
export function HandoutTimeline({
  index,
  meetings,
}: {
  index: DatasetIndex;
  meetings: readonly Meeting[];
}) {
  return (
    <section className="handout-timeline" aria-labelledby="handout-timeline-heading">
      <h2 id="handout-timeline-heading">Timeline</h2>
      <table className="handout-table">
        <caption className="visually-hidden">The meetings this handout holds, in order</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">Place</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              {/* A related event goes by its title, which the next column gives already. */}
              <th scope="row">{meeting.number === null ? "Related event" : shortLabel(meeting)}</th>
              <td>
                <StableLink to={meetingPath(meeting.id)}>{meeting.title}</StableLink>
              </td>
              <td>{formatPartialDate(meeting.date, "long")}</td>
              <td>{placeLabel(index, meeting)}</td>
              <td>{statusLabel(meeting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The handout's venues: the map of every place, and the places of its meetings in words. */
export function HandoutVenues({
  places,
  unplaced,
  held,
}: {
  places: readonly Place[];
  unplaced: readonly Meeting[];
  /** The ids of the meetings the handout holds. */
  held: ReadonlySet<string>;
}) {
  const unplacedHeld = unplaced.filter((meeting) => held.has(meeting.id));
  return (
    <section className="handout-venues" aria-labelledby="handout-venues-heading">
      <h2 id="handout-venues-heading">Venues</h2>
      <VenueMapSvg places={places} variant="print" />
      <ul className="handout-venues__list">
        {places.map((place) => {
          const here = place.meetings.filter((meeting) => held.has(meeting.id));
          return here.length === 0 ? null : (
            <li key={place.key}>
              <strong>{place.label}</strong> — {meetingCountLabel(here)}:{" "}
              {here.map(shortLabel).join(", ")}
            </li>
          );
        })}
        {unplacedHeld.length === 0 ? null : (
          <li>
            <strong>Online or place not recorded</strong> — {meetingCountLabel(unplacedHeld)}:{" "}
            {unplacedHeld.map(shortLabel).join(", ")}
          </li>
        )}
      </ul>
    </section>
  );
}
