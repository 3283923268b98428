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
  const lastDated = index.order.findLast((meeting) => meeting.date !== "not recorded");
  const asOf =
    lastDated === undefined || lastDated.date === "not recorded"
      ? ""
      : ` (as the sources record them up to ${formatPartialDate(lastDated.date, "long")})`;
  return (
    <section className="overview" aria-labelledby="overview-title">
      <title>Japan-ASEAN Cybersecurity Policy Meetings</title>
      <h2 id="overview-title">The series at a glance</h2>
      <p className="overview__name">
        {series.name === NOT_RECORDED ? (
          "The series’ name is not recorded."
        ) : (
          <>
            Today&rsquo;s name:{" "}
            <strong>
              <DataText value={series.name} />
            </strong>
            {series.notes === undefined ? "." : " (earlier names below)."}
          </>
        )}
      </p>
      <p className="overview__summary">{series.summary}</p>
      {index.order.length === 0 ? (
        <p className="overview__counts">There are no meetings in this dataset yet.</p>
      ) : (
        <p className="overview__counts">
          {policyMeetings} policy {policyMeetings === 1 ? "meeting" : "meetings"} and{" "}
          {relatedEvents} related {relatedEvents === 1 ? "event" : "events"}. Choose one in the
          timeline to see its details.
        </p>
      )}
      {ending === undefined ? null : <p className="overview__ending">{ending}</p>}
      <div className="overview__columns">
        <section aria-labelledby="participants-heading">
          <h3 id="participants-heading">Who takes part</h3>
          <p>
            {partiesPhrase(series)}
            {countries.length === 0 ? "." : others.length > 0 ? ":" : `${asOf}:`}
          </p>
          <Chips label="ASEAN member states" countries={asean} />
          {series.participantsNote === undefined ? null : <p>{series.participantsNote}</p>}
          <Chips label="Countries" countries={others} />
          <Chips label="Japan" countries={japan} japan />
        </section>
        <section aria-labelledby="organisers-heading">
          <h3 id="organisers-heading">
            {japan.length === 0 ? "Organisers" : "Japanese organisers"}
          </h3>
          {organisersOf(series).length === 0 ? <p>Not recorded</p> : null}
          <ul className="plain-list">
            {organisersOf(series).map((o, i) => (
              <li key={`${o.abbreviation}-${i}`}>
                <abbr title={shownText(o.name).text}>{o.abbreviation}</abbr>: <DataText value={o.name} />
                {o.note === undefined ? null : <span className="overview__aside">{o.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {series.notes === undefined ? null : (
        <section aria-labelledby="series-notes-heading">
          <h3 id="series-notes-heading">Names over time</h3>
          {series.notes.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="series-sources-heading">
        <h3 id="series-sources-heading">Sources</h3>
        <SourcesList index={index} citations={series.sources} />
      </section>
    </section>
  );
}
