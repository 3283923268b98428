import type { DatasetIndex } from "./dataset-index";
import type { Slide, SlideRef } from "./deck";
import { deckText } from "./deck-messages";
import { shortLabel } from "./meeting-labels";

/** What a screen reader hears when the slide changes, and what lists of slides show. */
export function slideLabel(slide: Slide): string {
  const label = slideLabelText(slide);
  return "part" in slide && slide.part > 1 ? `${label}${deckText().continuedMark()}` : label;
}

function slideLabelText(slide: Slide): string {
  const text = deckText();
  switch (slide.kind) {
    case "title":
      return text.labelTitle();
    case "overview":
      return text.labelOverview();
    case "timeline":
      return text.labelTimeline();
    case "meeting":
      return slide.meeting.title;
    case "achievement":
      return text.labelAchievement({
        meeting: shortLabel(slide.meeting),
        n: slide.n,
        of: slide.of,
        title: slide.achievement.title,
      });
    case "text":
      return slide.title;
    case "closing":
      return text.endOfBriefing();
  }
}

/** What a picked slide is, in a few words, for the briefing's list of slides. */
export function refLabel(index: DatasetIndex, ref: SlideRef): string {
  const text = deckText();
  switch (ref.kind) {
    case "title":
      return text.refTitle();
    case "overview":
      return text.refOverview();
    case "timeline":
      return text.refTimeline();
    case "closing":
      return text.refClosing();
    case "text":
      return text.refText({ title: ref.title });
    case "meeting": {
      const meeting = index.meetingsById.get(ref.id);
      return meeting === undefined ? text.refMeetingMissing({ id: ref.id }) : meeting.title;
    }
    case "achievement": {
      const meeting = index.meetingsById.get(ref.id);
      const list = meeting?.achievements;
      const achievement =
        list === undefined || list === "not recorded" ? undefined : list[ref.n - 1];
      return meeting === undefined || achievement === undefined
        ? text.refAchievementMissing({ n: ref.n, id: ref.id })
        : text.refAchievement({ meeting: shortLabel(meeting), n: ref.n, title: achievement.title });
    }
  }
}
