import { FactsList } from "../../components/facts-list";
import { StableLink } from "../../components/stable-link";

import { OrNotRecorded, RecordedDate } from "../../components/not-recorded";
import { nextPolicyMeeting, type DatasetIndex } from "../../data/dataset-index";
import { statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { useRef } from "react";
import { AchievementsList } from "./achievements-list";
import { FocusedAchievement } from "./focused-achievement";
import { useOpenAtHeading } from "./use-open-at-heading";
import { CoChairsList } from "./co-chairs-list";
import { MeetingStepper } from "./meeting-stepper";
import { PlaceFacts } from "./place-facts";
import { SourcesList } from "../../components/sources-list";
import "./meeting-details.css";
import { DataText } from "../../components/data-text";

export function MeetingDetails({
  index,
  meeting,
  focusedAchievement,
}: {
  index: DatasetIndex;
  meeting: Meeting;
  focusedAchievement: number | undefined;
}) {
  const next = nextPolicyMeeting(index.dataset.meetings, meeting);
  const related = meeting.related.flatMap((r) => {
    const target = index.meetingsById.get(r.meetingId);
    return target === undefined ? [] : [{ ...r, target }];
  });

  const heading = useRef<HTMLHeadingElement>(null);
  useOpenAtHeading(heading, meeting.id, focusedAchievement !== undefined);
  const achievements = meeting.achievements === "not recorded" ? [] : meeting.achievements;
  const shown = focusedAchievement === undefined ? undefined : achievements[focusedAchievement - 1];

  return (
    <article className="details" aria-labelledby="details-title">
      <title>{`${meeting.title} — Japan-ASEAN Cybersecurity Policy Meetings`}</title>
      <MeetingStepper index={index} meetingId={meeting.id} />
      <header className="details__header">
        <p className="details__kind">
          <span className={`tag${meeting.kind === "related-event" ? " tag--related" : ""}`}>
            {meeting.kind === "related-event"
              ? "Related event"
              : `Policy meeting no. ${meeting.number ?? ""}`}
          </span>{" "}
          <span className={`status status--${meeting.status.replace(" ", "-")}`}>
            {statusLabel(meeting)}
          </span>
        </p>
        <h2 id="details-title" className="details__title" ref={heading} tabIndex={-1}>
          {meeting.title}
        </h2>
      </header>
      {shown === undefined || focusedAchievement === undefined ? null : (
        <FocusedAchievement
          meetingId={meeting.id}
          n={focusedAchievement}
          of={achievements.length}
          achievement={shown}
        />
      )}

      <FactsList>
        <dt>Date</dt>
        <dd>
          <RecordedDate date={meeting.date} />
        </dd>
        <PlaceFacts index={index} location={meeting.location} />
        <dt>Series name at the time</dt>
        <dd>
          <OrNotRecorded value={meeting.seriesName}>
            {(name) => <DataText value={name} />}
          </OrNotRecorded>
          {index.dataset.series.notes?.map((note, i) => (
            <span key={i} className="details__aside">
              {note}
            </span>
          ))}
        </dd>
        <dt>Hosts</dt>
        <dd>
          <OrNotRecorded value={meeting.hosts}>
            {(hosts) => (
              <ul className="plain-list">
                {hosts.map((host, i) => (
                  <li key={i}>{host}</li>
                ))}
              </ul>
            )}
          </OrNotRecorded>
        </dd>
      </FactsList>

      <section aria-labelledby="co-chairs-heading">
        <h3 id="co-chairs-heading">Co-chairs</h3>
        <OrNotRecorded value={meeting.coChairs}>
          {(coChairs) => <CoChairsList index={index} coChairs={coChairs} />}
        </OrNotRecorded>
      </section>

      <section aria-labelledby="attendees-heading">
        <h3 id="attendees-heading">Attendees</h3>
        <p>
          <OrNotRecorded value={meeting.attendees}>{(text) => text}</OrNotRecorded>
        </p>
      </section>

      <section aria-labelledby="summary-heading">
        <h3 id="summary-heading">Summary</h3>
        <p className="details__summary">
          <OrNotRecorded value={meeting.summary}>{(text) => text}</OrNotRecorded>
        </p>
      </section>

      <section aria-labelledby="achievements-heading">
        <h3 id="achievements-heading">
          Achievements
          {meeting.achievements === "not recorded" ? null : (
            <span className="count"> ({meeting.achievements.length})</span>
          )}
        </h3>
        <OrNotRecorded value={meeting.achievements}>
          {(achievements) => (
            <AchievementsList
              meetingId={meeting.id}
              achievements={achievements}
              focusedNumber={focusedAchievement}
            />
          )}
        </OrNotRecorded>
      </section>

      {related.length > 0 || next !== undefined ? (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading">See also</h3>
          <ul className="plain-list links">
            {related.map((r, i) => (
              <li key={`${r.meetingId}-${i}`}>
                {r.label}: <StableLink to={meetingPath(r.meetingId)}>{r.target.title}</StableLink>
              </li>
            ))}
            {next === undefined ? null : (
              <li>
                Next meeting: <StableLink to={meetingPath(next.id)}>{next.title}</StableLink>
              </li>
            )}
          </ul>
        </section>
      ) : null}

      {meeting.notes === undefined ? null : (
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading">Notes</h3>
          <ul className="plain-list">
            {meeting.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <SourcesList index={index} citations={meeting.sources} />
      </section>
    </article>
  );
}
