import { StableLink } from "../../components/stable-link";
import { useLocation } from "react-router";
import { neighbours, type DatasetIndex } from "../../data/dataset-index";
import { shortLabel } from "../../data/meeting-labels";
import { briefingPath, meetingPath, presentFromPath } from "../../data/paths";
import { detailsText } from "./messages";

/** Previous / next in timeline order, so a briefer can walk the series without the timeline. */
export function MeetingStepper({ index, meetingId }: { index: DatasetIndex; meetingId: string }) {
  const { previous, next } = neighbours(index.order, meetingId);
  // Keep the timeline's filter while stepping, so a filtered briefing stays filtered.
  const { search } = useLocation();
  const text = detailsText();
  return (
    <nav className="stepper" aria-label={text.stepperLabel()}>
      {previous === undefined ? (
        <span className="stepper__placeholder" />
      ) : (
        <StableLink className="button" to={`${meetingPath(previous.id)}${search}`} rel="prev">
          <span aria-hidden="true">← </span>
          {text.previous({ label: shortLabel(previous) })}
        </StableLink>
      )}
      <span className="stepper__brief">
        <StableLink className="button" to={presentFromPath(meetingId)}>
          {text.presentFromHere()}
        </StableLink>
        <StableLink to={briefingPath(meetingId)}>{text.buildBriefing()}</StableLink>
      </span>
      {next === undefined ? (
        <span className="stepper__placeholder" />
      ) : (
        <StableLink className="button" to={`${meetingPath(next.id)}${search}`} rel="next">
          {text.next({ label: shortLabel(next) })}
          <span aria-hidden="true"> →</span>
        </StableLink>
      )}
    </nav>
  );
}
