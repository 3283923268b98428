import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel } from "../../data/meeting-labels";
import { yearBounds } from "../../data/filter-options";
import { recordEnd } from "../../data/record-end";
import { sourcesPhrase } from "../../data/source-line";
import { organisersPhrase, partiesPhrase } from "../../data/series-parties";
import type { DeckCover, Slide } from "../../data/deck";
import { sourceLine } from "../../data/source-line";
import { MeetingSlide } from "./meeting-slide";
import { TimelineSlide } from "./timeline-slide";
import { SlideMap } from "./slide-map";
import { DataText } from "../../components/data-text";

/** One slide's content. */
export function SlideView({
  index,
  slide,
  cover,
}: {
  index: DatasetIndex;
  slide: Slide;
  /** The briefer's title, presenter and date, for the title slide. */
  cover?: DeckCover | undefined;
}) {
  const { series } = index.dataset;
  switch (slide.kind) {
    case "title": {
      const years = yearBounds(index);
      return (
        <div className="slide__centre">
          <p className="slide__kicker">Briefing</p>
          <h2 className="slide__title slide__title--big">
            {cover === undefined || cover.title === "" ? <DataText value={series.name} /> : cover.title}
          </h2>
          {cover === undefined || (cover.presenter === "" && cover.date === "") ? null : (
            <p className="slide__lead">
              {[cover.presenter, cover.date].filter((part) => part !== "").join(" · ")}
            </p>
          )}
          <p className="slide__lead">
            {years === undefined ? "" : `${years.first}–${years.last} · `}
            {partiesPhrase(series)}
            {years === undefined ? "" : ` (as of ${String(years.last)})`} ·{" "}
            {organisersPhrase(series)}
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
    case "achievement": {
      const source = sourceLine(index, slide.meeting);
      return (
        <div className="slide__text slide__text--wide">
          <p className="slide__kicker">
            {shortLabel(slide.meeting)} · achievement {slide.n} of {slide.of}
            {slide.parts > 1 ? ` · part ${String(slide.part)} of ${String(slide.parts)}` : ""}
          </p>
          <h2 className="slide__title">
            {slide.achievement.title}
            {slide.part > 1 ? " (continued)" : ""}
          </h2>
          {slide.text === undefined ? null : <p className="slide__body">{slide.text}</p>}
          <p className="slide__from">
            {slide.meeting.title} · {formatPartialDate(slide.meeting.date, "long")} ·{" "}
            {placeLabel(index, slide.meeting)}
            {source === undefined ? null : (
              <>
                <br />
                {source}
              </>
            )}
          </p>
        </div>
      );
    }
    case "timeline":
      return <TimelineSlide index={index} />;
    case "text":
      return (
        <div className="slide__text slide__text--wide">
          <h2 className="slide__title">
            {slide.title}
            {slide.part > 1 ? " (continued)" : ""}
          </h2>
          {/* Each line the briefer typed is a point of its own. */}
          <ul className="slide__points">
            {slide.body
              .split("\n")
              .filter((line) => line.trim() !== "")
              .map((line, i) => (
                <li key={i}>{line}</li>
              ))}
          </ul>
        </div>
      );
    case "closing": {
      const ending = recordEnd(index);
      return (
        <div className="slide__centre">
          <p className="slide__kicker">End of briefing</p>
          <h2 className="slide__title slide__title--big">Every fact has a source</h2>
          <p className="slide__lead">
            {sourcesPhrase(index.dataset.sources)}, listed with each meeting in the explorer. Where
            they are silent, the record says “not recorded”.
          </p>
          {ending === undefined ? null : <p className="slide__body">{ending}</p>}
        </div>
      );
    }
  }
}
