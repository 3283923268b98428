import { SourcesList } from "../../components/sources-list";
import type { DatasetIndex } from "../../data/dataset-index";
import "./series-overview.css";

/** The home view: the series at a glance, before any meeting is chosen. */
export function SeriesOverview({ index }: { index: DatasetIndex }) {
  const { series } = index.dataset;
  const asean = series.participants.filter((c) => c.group === "asean");
  const japan = series.participants.filter((c) => c.group === "japan");
  const policyMeetings = index.order.filter((m) => m.kind === "policy-meeting").length;
  const relatedEvents = index.order.length - policyMeetings;
  return (
    <section className="overview" aria-labelledby="overview-title">
      <title>ASEAN–Japan Cybersecurity Policy Meetings</title>
      <h2 id="overview-title">{series.name}</h2>
      <p className="overview__summary">{series.summary}</p>
      <p className="overview__counts">
        {policyMeetings} policy meetings and {relatedEvents} related events. Choose one in the
        timeline to see its details.
      </p>
      <div className="overview__columns">
        <section aria-labelledby="participants-heading">
          <h3 id="participants-heading">Who takes part</h3>
          <p>
            The {asean.length} ASEAN member states and {japan.map((c) => c.name).join(", ")}:
          </p>
          <ul className="chips" aria-label="ASEAN member states">
            {asean.map((c, i) => (
              <li key={`${c.code}-${i}`} className="chip">
                {c.name}
              </li>
            ))}
          </ul>
          <ul className="chips" aria-label="Japan">
            {japan.map((c, i) => (
              <li key={`${c.code}-${i}`} className="chip chip--japan">
                {c.name}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="organisers-heading">
          <h3 id="organisers-heading">Japanese organisers</h3>
          <ul className="plain-list">
            {series.organisers.map((o, i) => (
              <li key={`${o.abbreviation}-${i}`}>
                <abbr title={o.name}>{o.abbreviation}</abbr>: {o.name}
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
