import { NotRecorded, RecordedDate } from "../../components/not-recorded";
import { SourceText } from "../../components/source-text";
import type { DatasetIndex } from "../../data/dataset-index";
import { deckText } from "../../data/deck-messages";
import { countryName, placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { slideSummary } from "../../data/deck";
import type { Meeting } from "../../data/schema";
import { sourceLine } from "../../data/source-line";
import { SlideMap } from "./slide-map";
import { coChairName } from "../../data/co-chair-details";

/** A meeting's slide: its headline facts beside the map centred on its place, and its source. */
export function MeetingSlide({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
  const source = sourceLine(index, meeting);
  const summary = slideSummary(meeting);
  const text = deckText();
  return (
    <div className="slide__split">
      <div className="slide__text">
        <p className="slide__kicker">
          {meeting.kind === "related-event" ? text.relatedEvent() : shortLabel(meeting)} ·{" "}
          {statusLabel(meeting)}
        </p>
        <h2 className="slide__title">
          <SourceText text={meeting.title} />
        </h2>
        <dl className="slide__facts">
          <dt>{text.date()}</dt>
          <dd>
            <RecordedDate date={meeting.date} />
          </dd>
          <dt>{text.where()}</dt>
          <dd>{placeLabel(index, meeting)}</dd>
          <dt>{text.coChairs()}</dt>
          <dd>
            {meeting.coChairs === "not recorded" ? (
              <NotRecorded />
            ) : (
              <ul>
                {meeting.coChairs.map((chair, i) => {
                  const details = [coChairName(chair), chair.role, chair.organisation]
                    .filter((part) => part !== "not recorded")
                    .join(", ");
                  return (
                    <li key={i}>
                      {text.coChairCountry({ country: countryName(index, chair.country) })}
                      {details === "" ? text.nameNotRecorded() : <SourceText text={details} />}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
          <dt>{text.achievements()}</dt>
          <dd>
            {meeting.achievements === "not recorded" ? (
              <NotRecorded />
            ) : (
              text.recordedCount({ count: meeting.achievements.length })
            )}
          </dd>
        </dl>
        {summary === undefined ? null : (
          <SourceText as="p" className="slide__body" text={summary} labelled />
        )}
        {source === undefined ? null : <p className="slide__source">{source}</p>}
      </div>
      <div className="slide__map">
        <SlideMap index={index} meetingId={meeting.id} />
      </div>
    </div>
  );
}
