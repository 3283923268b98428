import { memo } from "react";
import { StableLink } from "../../components/stable-link";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate, machineDate } from "../../data/format-date";
import { placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { timelineText } from "./messages";

/**
 * One entry. Memoised, with stable callbacks from the timeline, so a new selection re-renders only
 * the entries whose `selected` or `tabbable` changed (it matters with a thousand meetings).
 */
export const TimelineEntry = memo(function TimelineEntry({
  index,
  meeting,
  position,
  search,
  selected,
  tabbable,
  registerLink,
  onFocusAt,
}: {
  index: DatasetIndex;
  meeting: Meeting;
  position: number;
  /** The timeline's filter, kept when moving between meetings. */
  search: string;
  selected: boolean;
  tabbable: boolean;
  registerLink: (position: number, element: HTMLAnchorElement | null) => void;
  onFocusAt: (position: number) => void;
}) {
  const related = meeting.kind === "related-event";
  const dateTime = machineDate(meeting.date);
  const date = formatPartialDate(meeting.date);
  return (
    <li className={`timeline__item${related ? " timeline__item--related" : ""}`}>
      <StableLink
        ref={(element) => {
          registerLink(position, element);
        }}
        to={search === "" ? meetingPath(meeting.id) : `${meetingPath(meeting.id)}?${search}`}
        className="timeline__link"
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? "page" : undefined}
        onFocus={() => {
          onFocusAt(position);
        }}
      >
        <span className="timeline__marker" aria-hidden="true" />
        <span className="timeline__title">
          {related ? (
            <>
              <span className="tag tag--related">{timelineText().relatedEvent()}</span>{" "}
            </>
          ) : null}
          {shortLabel(meeting)}
        </span>
        <span className="timeline__meta">
          {dateTime === undefined ? (
            <span className="not-recorded">{date}</span>
          ) : (
            <time dateTime={dateTime}>{date}</time>
          )}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          <span className={meeting.location === "not recorded" ? "not-recorded" : undefined}>
            {placeLabel(index, meeting)}
          </span>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          <span className={`status status--${meeting.status.replace(" ", "-")}`}>
            {statusLabel(meeting)}
          </span>
        </span>
      </StableLink>
    </li>
  );
});
