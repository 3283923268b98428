import { shortLabel } from "../../data/meeting-labels";
import type { Slide } from "./deck";

/** What a screen reader hears when the slide changes. */
export function slideLabel(slide: Slide): string {
  switch (slide.kind) {
    case "title":
      return "Title";
    case "overview":
      return "Overview: where the series has met";
    case "meeting":
      return slide.meeting.title;
    case "achievement":
      return `${shortLabel(slide.meeting)}, achievement ${slide.n} of ${slide.of}: ${slide.achievement.title}`;
    case "closing":
      return "End of briefing";
  }
}
