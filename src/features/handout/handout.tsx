import { useMemo } from "react";
import { useLocation, useSearchParams } from "react-router";
import { SourcesList } from "../../components/sources-list";
import type { DatasetIndex } from "../../data/dataset-index";
import { readCover } from "../../data/deck-address";
import { notesOf } from "../../data/deck-notes";
import { yearBounds } from "../../data/filter-options";
import { countryName, shortLabel } from "../../data/meeting-labels";
import { recordEnd } from "../../data/record-end";
import { groupMeetingsByPlace } from "../../data/venue-groups";
import { HandoutMeeting } from "./handout-meeting";
import { HandoutTimeline, HandoutVenues } from "./handout-sections";
import { handoutMeetings, readHandoutOptions } from "./handout-options";
import { HandoutOptionsForm } from "./handout-options-form";
import { organisersOf, participantsOf } from "../../data/series-parties";
import { TakeAway } from "./take-away";
import "./handout.css";
import { DataText } from "../../components/data-text";
import { shownText } from "../../data/localized-text";

/**
 * The printable handout: a cover, the timeline as a table, a static venue map, then one page per
 * meeting, for all meetings, the timeline's filter or a briefing's meetings (handout-options.ts).
 * The same page offers the data, the slides and the app itself to take away.
 */
export function Handout({ index }: { index: DatasetIndex }) {
  const { series } = index.dataset;
  const [params] = useSearchParams();
  const { pathname, search } = useLocation();
  const query = params.toString();
  const options = useMemo(
    () => readHandoutOptions(new URLSearchParams(query), index),
    [query, index],
  );
  const { meetings, leftOut } = useMemo(() => handoutMeetings(index, options), [index, options]);
  const { places, unplaced } = useMemo(() => groupMeetingsByPlace(index), [index]);
  const held = new Set(meetings.map((meeting) => meeting.id));
  const notes = options.withNotes && options.deck !== undefined ? notesOf(options.deck.id) : {};
  const ending = recordEnd(index);
  const years = yearBounds(index);
  const filterText = [
    options.filter.host === undefined
      ? ""
      : `host ${options.filter.host === "online" ? "online" : countryName(index, options.filter.host)}`,
    options.filter.from === undefined && options.filter.to === undefined
      ? ""
      : `${String(options.filter.from ?? "…")}–${String(options.filter.to ?? "…")}`,
  ]
    .filter((part) => part !== "")
    .join(", ");

  return (
    <article className="handout" aria-labelledby="handout-title">
      <title>Handout — Japan-ASEAN Cybersecurity Policy Meetings</title>
      <section className="handout-actions" aria-labelledby="handout-actions-heading">
        <h2 id="handout-actions-heading">Print and take away</h2>
        <HandoutOptionsForm
          options={options}
          filterText={filterText === "" ? undefined : filterText}
        />
        <p>
          Print this page (or save it as PDF) for a handout: each meeting starts on its own page and
          source addresses are printed in full.
        </p>
        <p className="handout-actions__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            Print handout
          </button>
        </p>
        <TakeAway
          index={index}
          options={options}
          meetings={meetings}
          cover={readCover(new URLSearchParams(query))}
          view={`${pathname}${search}`}
        />
      </section>

      <header className="handout-cover">
        <p className="handout-cover__kicker">Briefing handout</p>
        <h1 id="handout-title">
          <DataText value={series.name} />
        </h1>
        <p className="handout-cover__summary">{series.summary}</p>
        <p>
          {options.scope === "all"
            ? `${String(meetings.length)} ${meetings.length === 1 ? "record" : "records"}, from the first to the latest the sources describe.`
            : options.scope === "filter"
              ? `${String(meetings.length)} records: the timeline filtered to ${filterText === "" ? "nothing" : filterText}.`
              : `${String(meetings.length)} records: the meetings of the briefing${options.withNotes ? ", with the briefer's notes" : ""}.`}{" "}
          Where the sources are silent, this handout says “not recorded”.
        </p>
        {leftOut.length === 0 ? null : (
          <p className="handout-cover__left-out">
            Left out, since the sources record little about them:{" "}
            {leftOut.map(shortLabel).join(", ")}.
          </p>
        )}
        {ending === undefined ? null : <p>{ending}</p>}
        <h2 className="handout-cover__subhead">Participants</h2>
        <p>
          {participantsOf(series).length === 0
            ? "Not recorded"
            : participantsOf(series)
                .map((country) => shownText(country.name).text)
                .join(", ")}
          {years === undefined ? "" : ` (as the sources record them up to ${String(years.last)})`}
        </p>
        {series.participantsNote === undefined ? null : <p>{series.participantsNote}</p>}
        <h2 className="handout-cover__subhead">Organisers</h2>
        {organisersOf(series).length === 0 ? <p>Not recorded</p> : null}
        <ul className="plain-list">
          {organisersOf(series).map((organiser, i) => (
            <li key={`${organiser.abbreviation}-${String(i)}`}>
              <DataText value={organiser.name} /> ({organiser.abbreviation})
              {organiser.note === undefined ? null : `. ${organiser.note}`}
            </li>
          ))}
        </ul>
        <h2 className="handout-cover__subhead">Sources for the series</h2>
        <SourcesList index={index} citations={series.sources} />
      </header>

      <HandoutTimeline index={index} meetings={meetings} />
      <HandoutVenues places={places} unplaced={unplaced} held={held} />

      {meetings.map((meeting) => (
        <HandoutMeeting
          key={meeting.id}
          index={index}
          meeting={meeting}
          briefersNotes={Object.entries(notes)
            .filter(
              ([token]) => token === `m.${meeting.id}` || token.startsWith(`a.${meeting.id}.`),
            )
            .map(([, note]) => note)}
        />
      ))}
    </article>
  );
}
