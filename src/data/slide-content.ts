import type { DatasetIndex } from "./dataset-index";
import { slideSummary, type DeckCover, type Slide } from "./deck";
import type { Meeting } from "./schema";
import { formatPartialDate } from "./format-date";
import { yearBounds } from "./filter-options";
import { countryName, placeLabel, shortLabel, statusLabel } from "./meeting-labels";
import { recordEnd } from "./record-end";
import { organisersPhrase, partiesPhrase } from "./series-parties";
import { sourceLine, sourcesPhrase } from "./source-line";
import { shownText } from "./localized-text";

/** A fact on a slide: its label and its value in words; `recorded: false` for "Not recorded". */
export type SlideFact = { label: string; values: string[]; recorded: boolean };

/**
 * What a slide says, in words, for outputs other than the screen (PowerPoint): the same words the
 * screen shows (slide-view.tsx), as plain text. `layout` says where they go; `map` asks for the
 * venue map beside them (centred on `meetingId` when there is one).
 */
export type SlideContent = {
  layout: "centre" | "split" | "wide" | "timeline";
  kicker: string;
  title: string;
  paragraphs: string[];
  facts: SlideFact[];
  points: string[];
  /** The record a fact slide comes from, and its source: small print at the foot. */
  foot: string[];
  map: { meetingId: string | undefined } | undefined;
};

const NOT_RECORDED_TEXT = "Not recorded";

function fact(label: string, values: string[] | undefined): SlideFact {
  return values === undefined || values.length === 0
    ? { label, values: [NOT_RECORDED_TEXT], recorded: false }
    : { label, values, recorded: true };
}

export function slideContent(index: DatasetIndex, slide: Slide, cover: DeckCover): SlideContent {
  const { series } = index.dataset;
  const empty = { paragraphs: [], facts: [], points: [], foot: [], map: undefined };
  switch (slide.kind) {
    case "title": {
      const years = yearBounds(index);
      const byline = [cover.presenter, cover.date].filter((part) => part !== "").join(" · ");
      return {
        ...empty,
        layout: "centre",
        kicker: "Briefing",
        title: cover.title === "" ? shownText(series.name).text : cover.title,
        paragraphs: [
          ...(byline === "" ? [] : [byline]),
          `${years === undefined ? "" : `${String(years.first)}–${String(years.last)} · `}${partiesPhrase(series)}${years === undefined ? "" : ` (as of ${String(years.last)})`} · ${organisersPhrase(series)}`,
        ],
      };
    }
    case "overview":
      return {
        ...empty,
        layout: "split",
        kicker: "Overview",
        title: "Where the series has met",
        paragraphs: [
          series.summary,
          ...(index.order.length === 0 ? ["No meetings are recorded in this dataset yet."] : []),
        ],
        map: { meetingId: undefined },
      };
    case "timeline":
      return {
        ...empty,
        layout: "timeline",
        kicker: "Timeline",
        title: "The series, meeting by meeting",
      };
    case "meeting": {
      const m = slide.meeting;
      const source = sourceLine(index, m);
      return {
        ...empty,
        layout: "split",
        kicker: `${m.kind === "related-event" ? "Related event" : shortLabel(m)} · ${statusLabel(m)}`,
        title: m.title,
        facts: [
          fact("Date", m.date === "not recorded" ? undefined : [formatPartialDate(m.date, "long")]),
          fact("Where", [placeLabel(index, m)]),
          fact(
            "Co-chairs",
            m.coChairs === "not recorded"
              ? undefined
              : m.coChairs.map(
                  (chair) =>
                    `${countryName(index, chair.country)}: ${
                      [chair.name, chair.role, chair.organisation]
                        .filter((part) => part !== "not recorded")
                        .join(", ") || "name not recorded"
                    }`,
                ),
          ),
          fact(
            "Achievements",
            m.achievements === "not recorded"
              ? undefined
              : [`${String(m.achievements.length)} recorded`],
          ),
        ],
        paragraphs: summaryOf(m),
        foot: source === undefined ? [] : [source],
        map: { meetingId: m.id },
      };
    }
    case "achievement": {
      const source = sourceLine(index, slide.meeting);
      return {
        ...empty,
        layout: "wide",
        kicker: `${shortLabel(slide.meeting)} · achievement ${String(slide.n)} of ${String(slide.of)}${slide.parts > 1 ? ` · part ${String(slide.part)} of ${String(slide.parts)}` : ""}`,
        title: `${slide.achievement.title}${slide.part > 1 ? " (continued)" : ""}`,
        paragraphs: slide.text === undefined ? [] : [slide.text],
        foot: [
          `${slide.meeting.title} · ${formatPartialDate(slide.meeting.date, "long")} · ${placeLabel(index, slide.meeting)}`,
          ...(source === undefined ? [] : [source]),
        ],
      };
    }
    case "text":
      return {
        ...empty,
        layout: "wide",
        kicker: "",
        title: `${slide.title}${slide.part > 1 ? " (continued)" : ""}`,
        points: slide.body.split("\n").filter((line) => line.trim() !== ""),
      };
    case "closing": {
      const ending = recordEnd(index);
      return {
        ...empty,
        layout: "centre",
        kicker: "End of briefing",
        title: "Every fact has a source",
        paragraphs: [
          `${sourcesPhrase(index.dataset.sources)}, listed with each meeting in the explorer. Where they are silent, the record says “not recorded”.`,
          ...(ending === undefined ? [] : [ending]),
        ],
      };
    }
  }
}

/** A meeting slide's summary paragraph, for an event whose text is all it records. */
function summaryOf(meeting: Meeting): string[] {
  const summary = slideSummary(meeting);
  return summary === undefined ? [] : [summary];
}
