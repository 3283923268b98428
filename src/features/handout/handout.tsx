import { StableLink } from "../../components/stable-link";
import { useMemo } from "react";

import { SourcesList } from "../../components/sources-list";
import { VenueMapSvg } from "../../components/venue-map/venue-map-svg";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { meetingsCsv } from "../../data/meetings-csv";
import { meetingPath } from "../../data/paths";
import { yearBounds } from "../../data/meeting-filter";
import { recordEnd } from "../../data/record-end";
import { groupMeetingsByPlace, meetingCountLabel } from "../../data/venue-groups";
import { downloadFile } from "./download-file";
import { HandoutMeeting } from "./handout-meeting";
import "./handout.css";

const FILE_STEM = "asean-japan-cybersecurity-meetings";

/**
 * The printable handout: a cover, the timeline as a table, a static venue map, then one page per
 * meeting. The same page offers the dataset for download.
 */
export function Handout({ index }: { index: DatasetIndex }) {
  const { series } = index.dataset;
  const { places, unplaced } = useMemo(() => groupMeetingsByPlace(index), [index]);
  const meetings = index.order;
  const ending = recordEnd(index);
  const years = yearBounds(index);

  return (
    <article className="handout" aria-labelledby="handout-title">
      <title>Handout — Japan-ASEAN Cybersecurity Policy Meetings</title>
      <section className="handout-actions" aria-labelledby="handout-actions-heading">
        <h2 id="handout-actions-heading">Print and take away</h2>
        <p>
          Print this page (or save it as PDF) for a handout: each meeting starts on its own page and
          source addresses are printed in full.
        </p>
        <div className="handout-actions__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            Print handout
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadFile(
                `${FILE_STEM}.json`,
                "application/json",
                `${JSON.stringify(index.dataset, null, 2)}\n`,
              );
            }}
          >
            Download dataset (JSON)
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadFile(`${FILE_STEM}.csv`, "text/csv", meetingsCsv(index));
            }}
          >
            Download meetings (CSV)
          </button>
        </div>
      </section>

      <header className="handout-cover">
        <p className="handout-cover__kicker">Briefing handout</p>
        <h1 id="handout-title">{series.name}</h1>
        <p className="handout-cover__summary">{series.summary}</p>
        <p>
          {meetings.length} records, from the first policy meeting to the latest the sources
          describe. Where the sources are silent, this handout says “not recorded”.
        </p>
        {ending === undefined ? null : <p>{ending}</p>}
        <h2 className="handout-cover__subhead">Participants</h2>
        <p>
          {series.participants.map((country) => country.name).join(", ")}
          {years === undefined ? "" : ` (as the sources record them up to ${String(years.last)})`}
        </p>
        {series.participantsNote === undefined ? null : <p>{series.participantsNote}</p>}
        <h2 className="handout-cover__subhead">Organisers</h2>
        <ul className="plain-list">
          {series.organisers.map((organiser, i) => (
            <li key={`${organiser.abbreviation}-${i}`}>
              {organiser.name} ({organiser.abbreviation})
              {organiser.note === undefined ? null : `. ${organiser.note}`}
            </li>
          ))}
        </ul>
        <h2 className="handout-cover__subhead">Sources for the series</h2>
        <SourcesList index={index} citations={series.sources} />
      </header>

      <section className="handout-timeline" aria-labelledby="handout-timeline-heading">
        <h2 id="handout-timeline-heading">Timeline</h2>
        <table className="handout-table">
          <caption className="visually-hidden">Every meeting in the series, in order</caption>
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
                <th scope="row">{shortLabel(meeting)}</th>
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

      <section className="handout-venues" aria-labelledby="handout-venues-heading">
        <h2 id="handout-venues-heading">Venues</h2>
        <VenueMapSvg places={places} variant="print" />
        <ul className="handout-venues__list">
          {places.map((place) => (
            <li key={place.key}>
              <strong>{place.label}</strong> — {meetingCountLabel(place.meetings)}:{" "}
              {place.meetings.map(shortLabel).join(", ")}
            </li>
          ))}
          {unplaced.length === 0 ? null : (
            <li>
              <strong>Online or place not recorded</strong> — {meetingCountLabel(unplaced)}:{" "}
              {unplaced.map(shortLabel).join(", ")}
            </li>
          )}
        </ul>
      </section>

      {meetings.map((meeting) => (
        <HandoutMeeting key={meeting.id} index={index} meeting={meeting} />
      ))}
    </article>
  );
}
