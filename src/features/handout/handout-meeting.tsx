import { FactsList } from "../../components/facts-list";
import { NotRecorded, OrNotRecorded, RecordedDate } from "../../components/not-recorded";
import { SourcesList } from "../../components/sources-list";
import type { DatasetIndex } from "../../data/dataset-index";
import { coChairDetails } from "../../data/co-chair-details";
import { countryName, placeLabel, statusLabel } from "../../data/meeting-labels";
import type { Meeting } from "../../data/schema";
import { DataText } from "../../components/data-text";
import { SourceText } from "../../components/source-text";
import { handoutText } from "./messages";

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
  const text = handoutText();
  return (
    <section className="handout-meeting" aria-labelledby={headingId}>
      <p className="handout-meeting__kind">
        {meeting.kind === "related-event"
          ? text.relatedEvent()
          : text.policyMeetingNo({ number: meeting.number ?? "" })}{" "}
        · {statusLabel(meeting)}
      </p>
      <h2 id={headingId}>
        <SourceText text={meeting.title} />
      </h2>
      <FactsList>
        <dt>{text.date()}</dt>
        <dd>
          <RecordedDate date={meeting.date} />
        </dd>
        <dt>{text.place()}</dt>
        <dd>{placeLabel(index, meeting)}</dd>
        <dt>{text.seriesNameThen()}</dt>
        <dd>
          <OrNotRecorded value={meeting.seriesName}>
            {(name) => <DataText value={name} />}
          </OrNotRecorded>
        </dd>
        <dt>{text.hosts()}</dt>
        <dd>
          <OrNotRecorded value={meeting.hosts}>
            {(hosts) => <SourceText text={hosts.join("; ")} />}
          </OrNotRecorded>
        </dd>
        <dt>{text.coChairs()}</dt>
        <dd>
          <OrNotRecorded value={meeting.coChairs}>
            {(chairs) => (
              <ul className="plain-list">
                {chairs.map((chair, i) => {
                  const details = coChairDetails(chair);
                  return (
                    <li key={`${chair.country}-${i}`}>
                      {text.coChairCountry({ country: countryName(index, chair.country) })}
                      {details === undefined ? (
                        <NotRecorded what={text.nameAndRole()} />
                      ) : (
                        <SourceText text={details} />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </OrNotRecorded>
        </dd>
        <dt>{text.attendees()}</dt>
        <dd>
          <OrNotRecorded value={meeting.attendees}>
            {(attendees) => <SourceText text={attendees} labelled />}
          </OrNotRecorded>
        </dd>
      </FactsList>

      <h3>{text.summary()}</h3>
      <p>
        <OrNotRecorded value={meeting.summary}>
          {(summary) => <SourceText text={summary} labelled />}
        </OrNotRecorded>
      </p>

      <h3>{text.achievements()}</h3>
      <OrNotRecorded value={meeting.achievements}>
        {(achievements) => (
          <ol className="handout-meeting__achievements">
            {achievements.map((achievement, i) => (
              <li key={i}>
                <SourceText
                  as="p"
                  className="handout-meeting__achievement-title"
                  text={achievement.title}
                />
                {achievement.text === undefined ? null : (
                  <SourceText as="p" text={achievement.text} labelled />
                )}
              </li>
            ))}
          </ol>
        )}
      </OrNotRecorded>

      {meeting.notes === undefined ? null : (
        <>
          <h3>{text.notes()}</h3>
          <ul className="plain-list">
            {meeting.notes.map((note, i) => (
              <SourceText key={i} as="li" text={note} />
            ))}
          </ul>
        </>
      )}

      {briefersNotes.length === 0 ? null : (
        <>
          <h3>{text.briefersNotes()}</h3>
          {briefersNotes.map((note, i) => (
            <p key={i} className="handout-meeting__briefer">
              {note}
            </p>
          ))}
        </>
      )}

      <h3>{text.sources()}</h3>
      <SourcesList index={index} citations={meeting.sources} />
    </section>
  );
}
