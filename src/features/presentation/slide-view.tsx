import type { DatasetIndex } from "../../data/dataset-index";
import { deckText } from "../../data/deck-messages";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel } from "../../data/meeting-labels";
import { recordEnd } from "../../data/record-end";
import { achievementKicker, seriesLine } from "../../data/slide-content";
import { sourcesPhrase } from "../../data/source-line";
import type { DeckCover, Slide } from "../../data/deck";
import { sourceLine } from "../../data/source-line";
import { SourceText } from "../../components/source-text";
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
  const text = deckText();
  switch (slide.kind) {
    case "title": {
      return (
        <div className="slide__centre">
          <p className="slide__kicker">{text.briefing()}</p>
          <h2 className="slide__title slide__title--big">
            {cover === undefined || cover.title === "" ? (
              <DataText value={series.name} />
            ) : (
              cover.title
            )}
          </h2>
          {cover === undefined || (cover.presenter === "" && cover.date === "") ? null : (
            <p className="slide__lead">
              {[cover.presenter, cover.date].filter((part) => part !== "").join(" · ")}
            </p>
          )}
          <p className="slide__lead">{seriesLine(index)}</p>
        </div>
      );
    }
    case "overview":
      return (
        <div className="slide__split">
          <div className="slide__text">
            <p className="slide__kicker">{text.overview()}</p>
            <h2 className="slide__title">{text.whereMet()}</h2>
            <SourceText as="p" className="slide__body" text={series.summary} labelled />
            {index.order.length === 0 ? (
              <p className="slide__body">{text.noMeetingsYet()}</p>
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
          <p className="slide__kicker">{achievementKicker(slide)}</p>
          <h2 className="slide__title">
            <SourceText text={slide.achievement.title} />
            {slide.part > 1 ? text.continuedMark() : ""}
          </h2>
          {slide.text === undefined ? null : (
            <SourceText as="p" className="slide__body" text={slide.text} labelled />
          )}
          <p className="slide__from">
            <SourceText text={slide.meeting.title} /> ·{" "}
            {formatPartialDate(slide.meeting.date, "long")} · {placeLabel(index, slide.meeting)}
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
            {slide.part > 1 ? text.continuedMark() : ""}
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
          <p className="slide__kicker">{text.endOfBriefing()}</p>
          <h2 className="slide__title slide__title--big">{text.everyFactSourced()}</h2>
          <p className="slide__lead">
            {text.closingSources({ sources: sourcesPhrase(index.dataset.sources) })}
          </p>
          {ending === undefined ? null : <p className="slide__body">{ending}</p>}
        </div>
      );
    }
  }
}
