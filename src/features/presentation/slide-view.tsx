import { NotRecorded, RecordedDate } from "../../components/not-recorded";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { countryName, placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { yearBounds } from "../../data/meeting-filter";
import type { Meeting } from "../../data/schema";
import { recordEnd } from "../../data/record-end";
import type { Slide } from "./deck";
import { SlideMap } from "./slide-map";

function MeetingSlide({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
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
              `${meeting.achievements.length} recorded`
            )}
          </dd>
        </dl>
      </div>
      <div className="slide__map">
        <SlideMap index={index} meetingId={meeting.id} />
      </div>
    </div>
  );
}

/** One slide's content. */
export function SlideView({ index, slide }: { index: DatasetIndex; slide: Slide }) {
  const { series } = index.dataset;
  switch (slide.kind) {
    case "title": {
      const years = yearBounds(index);
      return (
        <div className="slide__centre">
          <p className="slide__kicker">Briefing</p>
          <h2 className="slide__title slide__title--big">{series.name}</h2>
          <p className="slide__lead">
            {years === undefined ? "" : `${years.first}–${years.last} · `}Japan and{" "}
            {series.participants.filter((c) => c.group === "asean").length} ASEAN member states
            {years === undefined ? "" : ` (as of ${String(years.last)})`} · organised in Japan by{" "}
            {series.organisers.map((o) => o.abbreviation).join(", ")}
          </p>
        </div>
      );
    }
    case "overview":
      return (
        <div className="slide__split">
          <div className="slide__text">
            <p className="slide__kicker">Overview</p>
            <h2 className="slide__title">Where the series has met</h2>
            <p className="slide__body">{series.summary}</p>
            {index.order.length === 0 ? (
              <p className="slide__body">No meetings are recorded in this dataset yet.</p>
            ) : null}
          </div>
          <div className="slide__map">
            <SlideMap index={index} />
          </div>
        </div>
      );
    case "meeting":
      return <MeetingSlide index={index} meeting={slide.meeting} />;
    case "achievement":
      return (
        <div className="slide__text slide__text--wide">
          <p className="slide__kicker">
            {shortLabel(slide.meeting)} · achievement {slide.n} of {slide.of}
          </p>
          <h2 className="slide__title">{slide.achievement.title}</h2>
          {slide.achievement.text === undefined ? null : (
            <p className="slide__body">{slide.achievement.text}</p>
          )}
          <p className="slide__from">
            {slide.meeting.title} · {formatPartialDate(slide.meeting.date, "long")} ·{" "}
            {placeLabel(index, slide.meeting)}
          </p>
        </div>
      );
    case "closing": {
      const ending = recordEnd(index);
      return (
        <div className="slide__centre">
          <p className="slide__kicker">End of briefing</p>
          <h2 className="slide__title slide__title--big">Every fact has a source</h2>
          <p className="slide__lead">
            {index.dataset.sources.length} public sources, listed with each meeting in the explorer.
            Where they are silent, the record says “not recorded”.
          </p>
          {ending === undefined ? null : <p className="slide__body">{ending}</p>}
        </div>
      );
    }
  }
}
