import { FactsList } from "../../components/facts-list";
import { StableLink } from "../../components/stable-link";

import { OrNotRecorded, RecordedDate } from "../../components/not-recorded";
import { nextPolicyMeeting, type DatasetIndex } from "../../data/dataset-index";
import { statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { useEffect, useRef } from "react";
import { earlyClicksReady } from "../../components/early-clicks";
import { AchievementsList } from "./achievements-list";
import { FocusedAchievement } from "./focused-achievement";
import { useOpenAtHeading } from "./use-open-at-heading";
import { CoChairsList } from "./co-chairs-list";
import { MeetingStepper } from "./meeting-stepper";
import { PlaceFacts } from "./place-facts";
import { SourcesList } from "../../components/sources-list";
import { DataText } from "../../components/data-text";
import { SourceText } from "../../components/source-text";
import { sharedText } from "../../components/first-screen-messages";
import { activeLocale } from "../../data/i18n/locale";
import { shownText } from "../../data/localized-text";
import { detailsText } from "./messages";
import { NOT_RECORDED } from "../../data/not-recorded";
import "./meeting-details.css";

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

  const text = detailsText();
  useEffect(function answerEarlyClicks() {
    earlyClicksReady("details");
  }, []);
  // On a Japanese page, the meeting's name as it was at the time where a source gives it in
  // Japanese (第7回日・ASEAN情報セキュリティ政策会議); the title below stays as the source prints it.
  const nameThen =
    meeting.number === null || meeting.seriesName === NOT_RECORDED
      ? undefined
      : shownText(meeting.seriesName);
  const japaneseName =
    nameThen?.lang === "ja" && activeLocale() === "ja" && meeting.number !== null
      ? text.heldAs({ number: meeting.number, name: nameThen.text })
      : undefined;

  return (
    <article className="details" aria-labelledby="details-title" data-early-clicks="details">
      <title>
        {sharedText().pageTitle({
          site: sharedText().siteTitle(),
          title: japaneseName ?? meeting.title,
        })}
      </title>
      <MeetingStepper index={index} meetingId={meeting.id} />
      <header className="details__header">
        <p className="details__kind">
          <span className={`tag${meeting.kind === "related-event" ? " tag--related" : ""}`}>
            {meeting.kind === "related-event"
              ? text.relatedEvent()
              : text.policyMeetingNo({ number: meeting.number ?? "" })}
          </span>{" "}
          <span className={`status status--${meeting.status.replace(" ", "-")}`}>
            {statusLabel(meeting)}
          </span>
        </p>
        {japaneseName === undefined ? null : <p className="details__name-then">{japaneseName}</p>}
        <h2 id="details-title" className="details__title" ref={heading} tabIndex={-1}>
          <SourceText text={meeting.title} />
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
        <dt>{text.date()}</dt>
        <dd>
          <RecordedDate date={meeting.date} />
        </dd>
        <PlaceFacts index={index} location={meeting.location} />
        <dt>{text.seriesNameThen()}</dt>
        <dd>
          <OrNotRecorded value={meeting.seriesName}>
            {(name) => <DataText value={name} />}
          </OrNotRecorded>
          {index.dataset.series.notes?.map((note, i) => (
            <SourceText key={i} className="details__aside" text={note} />
          ))}
        </dd>
        <dt>{text.hosts()}</dt>
        <dd>
          <OrNotRecorded value={meeting.hosts}>
            {(hosts) => (
              <ul className="plain-list">
                {hosts.map((host, i) => (
                  <li key={i}>
                    <SourceText text={host} />
                  </li>
                ))}
              </ul>
            )}
          </OrNotRecorded>
        </dd>
      </FactsList>

      <section aria-labelledby="co-chairs-heading">
        <h3 id="co-chairs-heading">{text.coChairs()}</h3>
        <OrNotRecorded value={meeting.coChairs}>
          {(coChairs) => <CoChairsList index={index} coChairs={coChairs} />}
        </OrNotRecorded>
      </section>

      <section aria-labelledby="attendees-heading">
        <h3 id="attendees-heading">{text.attendees()}</h3>
        <p>
          <OrNotRecorded value={meeting.attendees}>
            {(attendees) => <SourceText text={attendees} labelled />}
          </OrNotRecorded>
        </p>
      </section>

      <section aria-labelledby="summary-heading">
        <h3 id="summary-heading">{text.summary()}</h3>
        <p className="details__summary">
          <OrNotRecorded value={meeting.summary}>
            {(summary) => <SourceText text={summary} labelled />}
          </OrNotRecorded>
        </p>
      </section>

      <section aria-labelledby="achievements-heading">
        <h3 id="achievements-heading">
          {text.achievements()}
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
          <h3 id="links-heading">{text.seeAlso()}</h3>
          <ul className="plain-list links">
            {related.map((r, i) => (
              <li key={`${r.meetingId}-${i}`}>
                <SourceText text={r.label} />:{" "}
                <StableLink to={meetingPath(r.meetingId)}>
                  <SourceText text={r.target.title} />
                </StableLink>
              </li>
            ))}
            {next === undefined ? null : (
              <li>
                {text.nextMeeting()}{" "}
                <StableLink to={meetingPath(next.id)}>
                  <SourceText text={next.title} />
                </StableLink>
              </li>
            )}
          </ul>
        </section>
      ) : null}

      {meeting.notes === undefined ? null : (
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading">{text.notes()}</h3>
          <ul className="plain-list">
            {meeting.notes.map((note, i) => (
              <li key={i}>
                <SourceText text={note} labelled />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">{text.sources()}</h3>
        <SourcesList index={index} citations={meeting.sources} />
      </section>
    </article>
  );
}
