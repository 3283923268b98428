import { NotRecorded, RecordedDate } from "../../components/not-recorded";
import type { DatasetIndex } from "../../data/dataset-index";
import { countryName, placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { slideSummary } from "../../data/deck";
import type { Meeting } from "../../data/schema";
import { sourceLine } from "../../data/source-line";
import { SlideMap } from "./slide-map";

/** A meeting's slide: its headline facts beside the map centred on its place, and its source. */
export function MeetingSlide({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
  const source = sourceLine(index, meeting);
  const summary = slideSummary(meeting);
  return (
    <div className="slide__split">
      <div className="slide__text">
        <p className="slide__kicker">
          {meeting.kind === "related-event" ? "Related event" : shortLabel(meeting)} ·{" "}
          {statusLabel(meeting)}
        </p>
        <h2 className="slide__title">{meeting.title}</h2>
        <dl className="slide__facts">
          <dt>Date</dt>
          <dd>
            <RecordedDate date={meeting.date} />
          </dd>
          <dt>Where</dt>
          <dd>{placeLabel(index, meeting)}</dd>
          <dt>Co-chairs</dt>
          <dd>
            {meeting.coChairs === "not recorded" ? (
              <NotRecorded />
            ) : (
              <ul>
                {meeting.coChairs.map((chair, i) => (
                  <li key={i}>
                    {countryName(index, chair.country)}:{" "}
                    {[chair.name, chair.role, chair.organisation]
                      .filter((part) => part !== "not recorded")
                      .join(", ") || "name not recorded"}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Achievements</dt>
          <dd>
            {meeting.achievements === "not recorded" ? (
              <NotRecorded />
            ) : (
              `${String(meeting.achievements.length)} recorded`
            )}
          </dd>
        </dl>
        {summary === undefined ? null : <p className="slide__body">{summary}</p>}
        {source === undefined ? null : <p className="slide__source">{source}</p>}
      </div>
      <div className="slide__map">
        <SlideMap index={index} meetingId={meeting.id} />
      </div>
    </div>
  );
}
