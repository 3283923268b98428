import { FactsList } from "../../components/facts-list";
import { NotRecorded, OrNotRecorded, RecordedDate } from "../../components/not-recorded";
import { SourcesList } from "../../components/sources-list";
import type { DatasetIndex } from "../../data/dataset-index";
import { coChairDetails } from "../../data/co-chair-details";
import { countryName, placeLabel, statusLabel } from "../../data/meeting-labels";
import type { Meeting } from "../../data/schema";
import { DataText } from "../../components/data-text";

/** One meeting on its own printed page: every fact the details panel shows, as plain text. */
export function HandoutMeeting({
  index,
  meeting,
  briefersNotes = [],
}: {
  index: DatasetIndex;
  meeting: Meeting;
  /** The briefer's notes on this meeting's slides, when the handout includes them. */
  briefersNotes?: readonly string[];
}) {
  const headingId = `handout-meeting-${meeting.id}`;
  return (
    <section className="handout-meeting" aria-labelledby={headingId}>
      <p className="handout-meeting__kind">
        {meeting.kind === "related-event"
          ? "Related event"
          : `Policy meeting no. ${meeting.number ?? ""}`}{" "}
        · {statusLabel(meeting)}
      </p>
      <h2 id={headingId}>{meeting.title}</h2>
      <FactsList>
        <dt>Date</dt>
        <dd>
          <RecordedDate date={meeting.date} />
        </dd>
        <dt>Place</dt>
        <dd>{placeLabel(index, meeting)}</dd>
        <dt>Series name at the time</dt>
        <dd>
          <OrNotRecorded value={meeting.seriesName}>
            {(name) => <DataText value={name} />}
          </OrNotRecorded>
        </dd>
        <dt>Hosts</dt>
        <dd>
          <OrNotRecorded value={meeting.hosts}>{(hosts) => hosts.join("; ")}</OrNotRecorded>
        </dd>
        <dt>Co-chairs</dt>
        <dd>
          <OrNotRecorded value={meeting.coChairs}>
            {(chairs) => (
              <ul className="plain-list">
                {chairs.map((chair, i) => (
                  <li key={`${chair.country}-${i}`}>
                    {countryName(index, chair.country)}:{" "}
                    {coChairDetails(chair) ?? <NotRecorded what="name and role" />}
                  </li>
                ))}
              </ul>
            )}
          </OrNotRecorded>
        </dd>
        <dt>Attendees</dt>
        <dd>
          <OrNotRecorded value={meeting.attendees}>{(text) => text}</OrNotRecorded>
        </dd>
      </FactsList>

      <h3>Summary</h3>
      <p>
        <OrNotRecorded value={meeting.summary}>{(text) => text}</OrNotRecorded>
      </p>

      <h3>Achievements</h3>
      <OrNotRecorded value={meeting.achievements}>
        {(achievements) => (
          <ol className="handout-meeting__achievements">
            {achievements.map((achievement, i) => (
              <li key={i}>
                <p className="handout-meeting__achievement-title">{achievement.title}</p>
                {achievement.text === undefined ? null : <p>{achievement.text}</p>}
              </li>
            ))}
          </ol>
        )}
      </OrNotRecorded>

      {meeting.notes === undefined ? null : (
        <>
          <h3>Notes</h3>
          <ul className="plain-list">
            {meeting.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}

      {briefersNotes.length === 0 ? null : (
        <>
          <h3>Briefer's notes</h3>
          {briefersNotes.map((note, i) => (
            <p key={i} className="handout-meeting__briefer">
              {note}
            </p>
          ))}
        </>
      )}

      <h3>Sources</h3>
      <SourcesList index={index} citations={meeting.sources} />
    </section>
  );
}
