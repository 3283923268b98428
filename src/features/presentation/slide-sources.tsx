import { ExternalLink } from "../../components/external-link";
import { partsText } from "../../components/part-messages";
import { SourceText } from "../../components/source-text";
import type { DatasetIndex } from "../../data/dataset-index";
import { meetingOfSlide, type Slide } from "../../data/deck";
import { formatPartialDate } from "../../data/format-date";
import { NOT_RECORDED } from "../../data/not-recorded";
import { presentText } from "./messages";

/**
 * What a briefer can cite if asked, for a slide without notes: the sources of the slide's record,
 * each with what it gives and its full address; nothing invented.
 */
export function SlideSources({ index, slide }: { index: DatasetIndex; slide: Slide }) {
  const meeting = meetingOfSlide(slide);
  const citations = meeting === undefined ? index.dataset.series.sources : meeting.sources;
  if (slide.kind === "text") {
    return <p className="speaker__cite">{presentText().ownSlide()}</p>;
  }
  return (
    <div className="speaker__cite">
      <p>{presentText().noNotes()}</p>
      <ul>
        {citations.map((citation, i) => {
          const source = index.sourcesById.get(citation.sourceId);
          if (source === undefined) return null;
          return (
            <li key={`${citation.sourceId}-${String(i)}`}>
              {source.url === NOT_RECORDED ? (
                <SourceText text={source.title} />
              ) : (
                <ExternalLink href={source.url}>
                  <SourceText text={source.title} />
                </ExternalLink>
              )}{" "}
              — <SourceText text={source.publisher} />
              {source.date === "not recorded"
                ? ""
                : `, ${formatPartialDate(source.date, "long")}`}.{" "}
              {partsText().gives({ supports: "" })}
              <SourceText text={citation.supports} />.{" "}
              <span className="speaker__url">
                {source.url === NOT_RECORDED ? partsText().addressNotRecorded() : source.url}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
