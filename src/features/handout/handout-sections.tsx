import { SourceText } from "../../components/source-text";
import { StableLink } from "../../components/stable-link";
import { VenueMapSvg } from "../../components/venue-map/venue-map-svg";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { meetingCountLabel, type Place } from "../../data/venue-groups";
import { handoutText } from "./messages";

/** The handout's timeline: its meetings as a table, in order. */
export function HandoutTimeline({
  index,
  meetings,
}: {
  index: DatasetIndex;
  meetings: readonly Meeting[];
}) {
  const text = handoutText();
  return (
    <section className="handout-timeline" aria-labelledby="handout-timeline-heading">
      <h2 id="handout-timeline-heading">{text.timeline()}</h2>
      <table className="handout-table">
        <caption className="visually-hidden">{text.timelineCaption()}</caption>
        <thead>
          <tr>
            <th scope="col">{text.meeting()}</th>
            <th scope="col">{text.title()}</th>
            <th scope="col">{text.date()}</th>
            <th scope="col">{text.place()}</th>
            <th scope="col">{text.status()}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              {/* A related event goes by its title, which the next column gives already. */}
              <th scope="row">
                {meeting.number === null ? text.relatedEvent() : shortLabel(meeting)}
              </th>
              <td>
                <StableLink to={meetingPath(meeting.id)}>
                  <SourceText text={meeting.title} />
                </StableLink>
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
  const text = handoutText();
  return (
    <section className="handout-venues" aria-labelledby="handout-venues-heading">
      <h2 id="handout-venues-heading">{text.venues()}</h2>
      <VenueMapSvg places={places} variant="print" />
      <ul className="handout-venues__list">
        {places.map((place) => {
          const here = place.meetings.filter((meeting) => held.has(meeting.id));
          return here.length === 0 ? null : (
            <li key={place.key}>
              <strong>{place.label}</strong> — {meetingCountLabel(here)}:{" "}
              {here.map(shortLabel).join(text.listSeparator())}
            </li>
          );
        })}
        {unplacedHeld.length === 0 ? null : (
          <li>
            <strong>{text.onlineOrUnplaced()}</strong> — {meetingCountLabel(unplacedHeld)}:{" "}
            {unplacedHeld.map(shortLabel).join(text.listSeparator())}
          </li>
        )}
      </ul>
    </section>
  );
}
