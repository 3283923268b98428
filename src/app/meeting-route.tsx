import { StableLink } from "../components/stable-link";
import { useParams } from "react-router";
import { MessageView } from "../components/message-view";
import { useDatasetIndex } from "../data/use-dataset-index";
import { meetingPath } from "../data/paths";
import { MeetingDetails } from "../features/meeting-details/meeting-details";
import { parseAchievementNumber } from "./parse-achievement-number";

/** A meeting's details, or its achievement's, from the address (`/meetings/:meetingId[/achievements/:n]`). */
export default function MeetingRoute() {
  const index = useDatasetIndex();
  const { meetingId = "", achievement } = useParams();
  const meeting = index.meetingsById.get(meetingId);

  if (meeting === undefined) {
    return (
      <MessageView title="Meeting not found">
        <p>
          There is no meeting “{meetingId}” in the dataset. Choose one from the timeline, or{" "}
          <StableLink to="/">go back to the overview</StableLink>.
        </p>
      </MessageView>
    );
  }

  const count = meeting.achievements === "not recorded" ? 0 : meeting.achievements.length;
  const n = achievement === undefined ? undefined : parseAchievementNumber(achievement, count);
  if (achievement !== undefined && n === undefined) {
    return (
      <MessageView title="Achievement not found">
        <p>
          {meeting.title} has{" "}
          {count === 0 ? "no recorded achievements" : `${count} recorded achievements`}, so there is
          no achievement “{achievement}”.{" "}
          <StableLink to={meetingPath(meeting.id)}>Back to {meeting.title}</StableLink>
        </p>
      </MessageView>
    );
  }

  return <MeetingDetails index={index} meeting={meeting} focusedAchievement={n} />;
}
