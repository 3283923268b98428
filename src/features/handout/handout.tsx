import { useMemo } from "react";
import { useLocation, useSearchParams } from "react-router";
import { sharedText } from "../../components/first-screen-messages";
import { SourceText } from "../../components/source-text";
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
import { handoutText } from "./messages";
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
  const text = handoutText();
  const filterText = [
    options.filter.host === undefined
      ? ""
      : text.filterHost({
          host:
            options.filter.host === "online"
              ? text.filterOnline()
              : countryName(index, options.filter.host),
        }),
    options.filter.from === undefined && options.filter.to === undefined
      ? ""
      : text.filterYears({ from: options.filter.from ?? "…", to: options.filter.to ?? "…" }),
  ]
    .filter((part) => part !== "")
    .join(text.listSeparator());
  const scope =
    options.scope === "all"
      ? text.scopeAll({ count: meetings.length })
      : options.scope === "filter"
        ? text.scopeFilter({
            count: meetings.length,
            filter: filterText === "" ? text.filterNothing() : filterText,
          })
        : text.scopeDeck({ count: meetings.length, notes: options.withNotes ? "yes" : "no" });
  const participants = participantsOf(series);

  return (
    <article className="handout" aria-labelledby="handout-title">
      <title>
        {sharedText().pageTitle({ site: sharedText().siteTitle(), title: text.pageTitle() })}
      </title>
      <section className="handout-actions" aria-labelledby="handout-actions-heading">
        <h2 id="handout-actions-heading">{text.printAndTakeAway()}</h2>
        <HandoutOptionsForm
          options={options}
          filterText={filterText === "" ? undefined : filterText}
        />
        <p>{text.printIntro()}</p>
        <p className="handout-actions__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            {text.printHandout()}
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
        <p className="handout-cover__kicker">{text.kicker()}</p>
        <h1 id="handout-title">
          <DataText value={series.name} />
        </h1>
        <SourceText as="p" className="handout-cover__summary" text={series.summary} labelled />
        <p>{text.sentences({ first: scope, second: text.silentNotRecorded() })}</p>
        {leftOut.length === 0 ? null : (
          <p className="handout-cover__left-out">
            {text.leftOut({ list: leftOut.map(shortLabel).join(text.listSeparator()) })}
          </p>
        )}
        {ending === undefined ? null : <p>{ending}</p>}
        <h2 className="handout-cover__subhead">{text.participants()}</h2>
        <p>
          {participants.length === 0
            ? text.notRecorded()
            : participants
                .map((country) => shownText(country.name).text)
                .join(text.listSeparator())}
          {years === undefined ? "" : text.asRecordedUpTo({ year: years.last })}
        </p>
        {series.participantsNote === undefined ? null : (
          <SourceText as="p" text={series.participantsNote} labelled />
        )}
        <h2 className="handout-cover__subhead">{text.organisers()}</h2>
        {organisersOf(series).length === 0 ? <p>{text.notRecorded()}</p> : null}
        <ul className="plain-list">
          {organisersOf(series).map((organiser, i) => (
            <li key={`${organiser.abbreviation}-${String(i)}`}>
              <DataText value={organiser.name} /> ({organiser.abbreviation})
              {organiser.note === undefined ? null : (
                <>
                  . <SourceText text={organiser.note} />
                </>
              )}
            </li>
          ))}
        </ul>
        <h2 className="handout-cover__subhead">{text.seriesSources()}</h2>
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
