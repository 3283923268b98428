import { Link } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate, machineDate } from "../../data/format-date";
import { placeLabel, shortLabel, statusLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";

export function TimelineEntry({
  index,
  meeting,
  search,
  selected,
  tabbable,
  registerLink,
  onFocus,
}: {
  index: DatasetIndex;
  meeting: Meeting;
  /** The timeline's filter, kept when moving between meetings. */
  search: string;
  selected: boolean;
  tabbable: boolean;
  registerLink: (element: HTMLAnchorElement | null) => void;
  onFocus: () => void;
}) {
  const related = meeting.kind === "related-event";
  const dateTime = machineDate(meeting.date);
  const date = formatPartialDate(meeting.date);
  return (
    <li className={`timeline__item${related ? " timeline__item--related" : ""}`}>
      <Link
        ref={registerLink}
        to={{ pathname: meetingPath(meeting.id), search }}
        className="timeline__link"
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? "page" : undefined}
        onFocus={onFocus}
      >
        <span className="timeline__marker" aria-hidden="true" />
        <span className="timeline__title">
          {related ? (
            <>
              <span className="tag tag--related">Related event</span>{" "}
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
      </Link>
    </li>
  );
}
