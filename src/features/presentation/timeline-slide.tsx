import { useId, useMemo } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { deckText } from "../../data/deck-messages";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel } from "../../data/meeting-labels";
import {
  TIMELINE_HEIGHT,
  TIMELINE_WIDTH,
  timelineLayout,
  undatedNote,
} from "../../data/timeline-layout";

/**
 * The whole series on one slide: a year axis, each policy meeting above it as a numbered circle and
 * each related event below it as a diamond, with a list in words for screen readers.
 */
export function TimelineSlide({ index }: { index: DatasetIndex }) {
  const layout = useMemo(() => timelineLayout(index), [index]);
  const titleId = useId();
  const note = undatedNote(layout.undated);
  const text = deckText();
  return (
    <div className="slide__timeline">
      <p className="slide__kicker">{text.timeline()}</p>
      <h2 className="slide__title">{text.meetingByMeeting()}</h2>
      <svg
        className="timeline-slide"
        viewBox={`0 0 ${String(TIMELINE_WIDTH)} ${String(TIMELINE_HEIGHT)}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>
          {text.timelineList({
            list: layout.marks
              .map(
                (mark) =>
                  `${shortLabel(mark.meeting)}, ${formatPartialDate(mark.meeting.date)}, ${placeLabel(index, mark.meeting)}`,
              )
              .join("; "),
          })}
        </title>
        <line
          className="timeline-slide__axis"
          x1={20}
          x2={TIMELINE_WIDTH - 20}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.years.map(({ year, x }) => (
          <text key={year} className="timeline-slide__year" x={x} y={layout.axisY + 8} dy="0.7em">
            {`'${String(year).slice(2)}`}
          </text>
        ))}
        {layout.marks.map((mark) => (
          <g
            key={mark.meeting.id}
            className={`timeline-slide__mark timeline-slide__mark--${mark.kind}`}
            transform={`translate(${String(mark.x)} ${String(mark.y)})`}
          >
            <line
              className="timeline-slide__stem"
              x1={0}
              x2={0}
              y1={0}
              y2={layout.axisY - mark.y}
            />
            {mark.kind === "policy" ? (
              <circle r={27} />
            ) : (
              <rect x={-22} y={-22} width={44} height={44} transform="rotate(45)" />
            )}
            <text dy="0.35em">{mark.label}</text>
          </g>
        ))}
      </svg>
      <p className="slide__timeline-key">
        {text.timelineKey()}
        {note === undefined ? "" : ` ${note}`}
      </p>
    </div>
  );
}
