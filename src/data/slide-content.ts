import type { DatasetIndex } from "./dataset-index";
import { slideSummary, type DeckCover, type Slide } from "./deck";
import { deckText } from "./deck-messages";
import type { Meeting } from "./schema";
import { formatPartialDate } from "./format-date";
import { yearBounds } from "./filter-options";
import { countryName, placeLabel, shortLabel, statusLabel } from "./meeting-labels";
import { recordEnd } from "./record-end";
import { organisersPhrase, partiesPhrase } from "./series-parties";
import { sourceLine, sourcesPhrase } from "./source-line";
import { shownText } from "./localized-text";
import { coChairName } from "./co-chair-details";

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

function fact(label: string, values: string[] | undefined): SlideFact {
  return values === undefined || values.length === 0
    ? { label, values: [deckText().notRecorded()], recorded: false }
    : { label, values, recorded: true };
}

export function slideContent(index: DatasetIndex, slide: Slide, cover: DeckCover): SlideContent {
  const { series } = index.dataset;
  const text = deckText();
  const empty = { paragraphs: [], facts: [], points: [], foot: [], map: undefined };
  switch (slide.kind) {
    case "title": {
      const byline = [cover.presenter, cover.date].filter((part) => part !== "").join(" · ");
      return {
        ...empty,
        layout: "centre",
        kicker: text.briefing(),
        title: cover.title === "" ? shownText(series.name).text : cover.title,
        paragraphs: [...(byline === "" ? [] : [byline]), seriesLine(index)],
      };
    }
    case "overview":
      return {
        ...empty,
        layout: "split",
        kicker: text.overview(),
        title: text.whereMet(),
        paragraphs: [series.summary, ...(index.order.length === 0 ? [text.noMeetingsYet()] : [])],
        map: { meetingId: undefined },
      };
    case "timeline":
      return {
        ...empty,
        layout: "timeline",
        kicker: text.timeline(),
        title: text.meetingByMeeting(),
      };
    case "meeting": {
      const m = slide.meeting;
      const source = sourceLine(index, m);
      return {
        ...empty,
        layout: "split",
        kicker: `${m.kind === "related-event" ? text.relatedEvent() : shortLabel(m)} · ${statusLabel(m)}`,
        title: m.title,
        facts: [
          fact(
            text.date(),
            m.date === "not recorded" ? undefined : [formatPartialDate(m.date, "long")],
          ),
          fact(text.where(), [placeLabel(index, m)]),
          fact(
            text.coChairs(),
            m.coChairs === "not recorded"
              ? undefined
              : m.coChairs.map((chair) =>
                  text.coChair({
                    country: countryName(index, chair.country),
                    details:
                      [coChairName(chair), chair.role, chair.organisation]
                        .filter((part) => part !== "not recorded")
                        .join(", ") || text.nameNotRecorded(),
                  }),
                ),
          ),
          fact(
            text.achievements(),
            m.achievements === "not recorded"
              ? undefined
              : [text.recordedCount({ count: m.achievements.length })],
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
        kicker: achievementKicker(slide),
        title: continued(slide.achievement.title, slide.part),
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
        title: continued(slide.title, slide.part),
        points: slide.body.split("\n").filter((line) => line.trim() !== ""),
      };
    case "closing": {
      const ending = recordEnd(index);
      return {
        ...empty,
        layout: "centre",
        kicker: text.endOfBriefing(),
        title: text.everyFactSourced(),
        paragraphs: [
          text.closingSources({ sources: sourcesPhrase(index.dataset.sources) }),
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

/**
 * The title slide's line about the series: "2009–2024 · Japan and 10 ASEAN member states (as of
 * 2024) · organised by …". The screen (slide-view.tsx) shows the same.
 */
export function seriesLine(index: DatasetIndex): string {
  const { series } = index.dataset;
  const years = yearBounds(index);
  const parties = partiesPhrase(series);
  const organisers = organisersPhrase(series);
  return years === undefined
    ? deckText().seriesLine({ parties, organisers })
    : deckText().seriesLineYears({ first: years.first, last: years.last, parties, organisers });
}

/** "7th meeting · achievement 2 of 5 · part 1 of 2": an achievement slide's kicker. */
export function achievementKicker(slide: Extract<Slide, { kind: "achievement" }>): string {
  const text = deckText();
  const parts = [
    shortLabel(slide.meeting),
    text.achievementOf({ n: slide.n, of: slide.of }),
    ...(slide.parts > 1 ? [text.partOf({ part: slide.part, parts: slide.parts })] : []),
  ];
  return parts.join(" · ");
}

/** A title, marked "(continued)" on the second and later parts of a slide split in parts. */
export function continued(title: string, part: number): string {
  return part > 1 ? `${title}${deckText().continuedMark()}` : title;
}
