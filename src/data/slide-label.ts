import type { DatasetIndex } from "./dataset-index";
import type { Slide, SlideRef } from "./deck";
import { shortLabel } from "./meeting-labels";

/** What a screen reader hears when the slide changes, and what lists of slides show. */
export function slideLabel(slide: Slide): string {
  const continued = "part" in slide && slide.part > 1 ? " (continued)" : "";
  switch (slide.kind) {
    case "title":
      return "Title";
    case "overview":
      return "Overview: where the series has met";
    case "timeline":
      return "Timeline of the series";
    case "meeting":
      return slide.meeting.title;
    case "achievement":
      return `${shortLabel(slide.meeting)}, achievement ${String(slide.n)} of ${String(slide.of)}: ${slide.achievement.title}${continued}`;
    case "text":
      return `${slide.title}${continued}`;
    case "closing":
      return "End of briefing";
  }
}

/** What a picked slide is, in a few words, for the briefing's list of slides. */
export function refLabel(index: DatasetIndex, ref: SlideRef): string {
  switch (ref.kind) {
    case "title":
      return "Title slide";
    case "overview":
      return "Overview map: where the series has met";
    case "timeline":
      return "Timeline: the whole series on one slide";
    case "closing":
      return "Closing slide";
    case "text":
      return `Your slide: ${ref.title}`;
    case "meeting": {
      const meeting = index.meetingsById.get(ref.id);
      return meeting === undefined ? `Meeting "${ref.id}" (not in the dataset)` : meeting.title;
    }
    case "achievement": {
      const meeting = index.meetingsById.get(ref.id);
      const list = meeting?.achievements;
      const achievement =
        list === undefined || list === "not recorded" ? undefined : list[ref.n - 1];
      return meeting === undefined || achievement === undefined
        ? `Achievement ${String(ref.n)} of "${ref.id}" (not in the dataset)`
        : `${shortLabel(meeting)}, achievement ${String(ref.n)}: ${achievement.title}`;
    }
  }
}
