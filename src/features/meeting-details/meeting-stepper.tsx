import { Link } from "react-router";
import { neighbours, type DatasetIndex } from "../../data/dataset-index";
import { shortLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";

/** Previous / next in timeline order, so a briefer can walk the series without the timeline. */
export function MeetingStepper({ index, meetingId }: { index: DatasetIndex; meetingId: string }) {
  const { previous, next } = neighbours(index.order, meetingId);
  return (
    <nav className="stepper" aria-label="Previous and next meeting">
      {previous === undefined ? (
        <span className="stepper__placeholder" />
      ) : (
        <Link className="button" to={meetingPath(previous.id)} rel="prev">
          <span aria-hidden="true">← </span>Previous: {shortLabel(previous)}
        </Link>
      )}
      {next === undefined ? (
        <span className="stepper__placeholder" />
      ) : (
        <Link className="button" to={meetingPath(next.id)} rel="next">
          Next: {shortLabel(next)}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
