import { SourcesList } from "../../components/sources-list";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { recordEnd } from "../../data/record-end";
import { NOT_RECORDED } from "../../data/not-recorded";
import type { Country } from "../../data/schema";
import { organisersOf, partiesPhrase, participantsOf } from "../../data/series-parties";
import "./series-overview.css";
import { DataText } from "../../components/data-text";
import { shownText } from "../../data/localized-text";
import { sharedText } from "../../components/first-screen-messages";
import { SourceText } from "../../components/source-text";
import { overviewText } from "./messages";

/** Countries as chips under a label; nothing when there are none. */
function Chips({
  label,
  countries,
  japan = false,
}: {
  label: string;
  countries: readonly Country[];
  japan?: boolean;
}) {
  if (countries.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {countries.map((c, i) => (
        <li key={`${c.code}-${String(i)}`} className={japan ? "chip chip--japan" : "chip"}>
          <DataText value={c.name} />
        </li>
      ))}
    </ul>
  );
}

/** The home view: the series at a glance, before any meeting is chosen. */
export function SeriesOverview({ index }: { index: DatasetIndex }) {
  const { series } = index.dataset;
  const countries = participantsOf(series);
  const asean = countries.filter((c) => c.group === "asean");
  const japan = countries.filter((c) => c.group === "japan");
  // Countries an imported file names without saying which side they are on.
  const others = countries.filter((c) => c.group === "not recorded");
  const policyMeetings = index.order.filter((m) => m.kind === "policy-meeting").length;
  const relatedEvents = index.order.length - policyMeetings;
  const ending = recordEnd(index);
  const text = overviewText();
  const lastDated = index.order.findLast((meeting) => meeting.date !== "not recorded");
  const asOf =
    lastDated === undefined || lastDated.date === "not recorded"
      ? ""
      : text.asOf({ date: formatPartialDate(lastDated.date, "long") });
  return (
    <section className="overview" aria-labelledby="overview-title">
      <title>{sharedText().siteTitle()}</title>
      <h2 id="overview-title">{text.heading()}</h2>
      <p className="overview__name">
        {series.name === NOT_RECORDED ? (
          text.nameNotRecorded()
        ) : (
          <>
            {text.todaysName()}
            <strong>
              <DataText value={series.name} />
            </strong>
            {series.notes === undefined ? sharedText().sentenceEnd() : text.earlierBelow()}
          </>
        )}
      </p>
      <SourceText as="p" className="overview__summary" text={series.summary} labelled />
      {index.order.length === 0 ? (
        <p className="overview__counts">{text.noMeetings()}</p>
      ) : (
        <p className="overview__counts">
          {text.counts({ policy: policyMeetings, related: relatedEvents })}
        </p>
      )}
      {ending === undefined ? null : <p className="overview__ending">{ending}</p>}
      <div className="overview__columns">
        <section aria-labelledby="participants-heading">
          <h3 id="participants-heading">{text.whoTakesPart()}</h3>
          <p>
            {partiesPhrase(series)}
            {countries.length === 0
              ? sharedText().sentenceEnd()
              : others.length > 0
                ? sharedText().colon()
                : `${asOf}${sharedText().colon()}`}
          </p>
          <Chips label={text.aseanMembers()} countries={asean} />
          {series.participantsNote === undefined ? null : (
            <SourceText as="p" text={series.participantsNote} labelled />
          )}
          <Chips label={text.countries()} countries={others} />
          <Chips label={text.japan()} countries={japan} japan />
        </section>
        <section aria-labelledby="organisers-heading">
          <h3 id="organisers-heading">
            {japan.length === 0 ? text.organisers() : text.japaneseOrganisers()}
          </h3>
          {organisersOf(series).length === 0 ? <p>{text.notRecorded()}</p> : null}
          <ul className="plain-list">
            {organisersOf(series).map((o, i) => (
              <li key={`${o.abbreviation}-${i}`}>
                <abbr title={shownText(o.name).text}>{o.abbreviation}</abbr>:{" "}
                <DataText value={o.name} />
                {o.note === undefined ? null : (
                  <SourceText className="overview__aside" text={o.note} labelled />
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {series.notes === undefined ? null : (
        <section aria-labelledby="series-notes-heading">
          <h3 id="series-notes-heading">{text.namesOverTime()}</h3>
          {series.notes.map((note, i) => (
            <SourceText key={i} as="p" text={note} labelled />
          ))}
        </section>
      )}
      <section aria-labelledby="series-sources-heading">
        <h3 id="series-sources-heading">{text.sources()}</h3>
        <SourcesList index={index} citations={series.sources} />
      </section>
    </section>
  );
}
