import { StableLink } from "../components/stable-link";
import { useParams } from "react-router";
import { MessageView } from "../components/message-view";
import { useDatasetIndex } from "../data/use-dataset-index";
import { meetingPath } from "../data/paths";
import { MeetingDetails } from "../features/meeting-details/meeting-details";
import { parseAchievementNumber } from "./parse-achievement-number";
import { detailsText } from "../features/meeting-details/messages";
import { sharedText } from "../components/first-screen-messages";

/** A meeting's details, or its achievement's, from the address (`/meetings/:meetingId[/achievements/:n]`). */
export default function MeetingRoute() {
  const index = useDatasetIndex();
  const { meetingId = "", achievement } = useParams();
  const meeting = index.meetingsById.get(meetingId);
  const text = detailsText();

  if (meeting === undefined) {
    return (
      <MessageView title={text.meetingNotFound()}>
        <p>
          {text.noSuchMeeting({ id: meetingId })}{" "}
          <StableLink to="/">{text.backToOverview()}</StableLink>
          {sharedText().sentenceEnd()}
        </p>
      </MessageView>
    );
  }

  const count = meeting.achievements === "not recorded" ? 0 : meeting.achievements.length;
  const n = achievement === undefined ? undefined : parseAchievementNumber(achievement, count);
  if (achievement !== undefined && n === undefined) {
    return (
      <MessageView title={text.achievementNotFound()}>
        <p>
          {text.noSuchAchievement({ title: meeting.title, count, n: achievement })}{" "}
          <StableLink to={meetingPath(meeting.id)}>
            {text.backTo({ title: meeting.title })}
          </StableLink>
        </p>
      </MessageView>
    );
  }

  return <MeetingDetails index={index} meeting={meeting} focusedAchievement={n} />;
}
