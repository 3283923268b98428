import type { DatasetIndex } from "./dataset-index";
import type { Achievement, Meeting } from "./schema";

/**
 * A slide as a briefer picks it: what it shows, not how (docs/decisions/014). A deck is a list of
 * these; the screen, the speaker view, the PDF and the PowerPoint file are all drawn from it.
 */
export type SlideRef =
  | { kind: "title" }
  | { kind: "overview" }
  | { kind: "timeline" }
  | { kind: "meeting"; id: string }
  | { kind: "achievement"; id: string; n: number }
  | { kind: "text"; title: string; body: string }
  | { kind: "closing" };

/** The title slide's words and the time the briefing should take. Empty strings: not given. */
export type DeckCover = {
  title: string;
  presenter: string;
  date: string;
  minutes: number | undefined;
};

/** A slide with what it shows looked up in the dataset. `part`/`parts`: a long text cut in pieces. */
export type Slide =
  | { kind: "title"; ref: SlideRef }
  | { kind: "overview"; ref: SlideRef }
  | { kind: "timeline"; ref: SlideRef }
  | { kind: "meeting"; ref: SlideRef; meeting: Meeting }
  | {
      kind: "achievement";
      ref: SlideRef;
      meeting: Meeting;
      n: number;
      of: number;
      achievement: Achievement;
      text: string | undefined;
      part: number;
      parts: number;
    }
  | { kind: "text"; ref: SlideRef; title: string; body: string; part: number; parts: number }
  | { kind: "closing"; ref: SlideRef };

/** How the default deck is narrowed, read from the address: `?from=5&to=8&achievements=off`. */
export type DeckOptions = { from?: number; to?: number; achievements: boolean };

export function parseDeckOptions(params: URLSearchParams): DeckOptions {
  const number = (key: string) => {
    const raw = params.get(key);
    return raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : undefined;
  };
  return {
    from: number("from"),
    to: number("to"),
    achievements: params.get("achievements") !== "off",
  };
}

/**
 * The entries a narrowed deck covers: policy meetings numbered from..to, with the related events
 * that fall between them on the timeline.
 */
function coveredEntries(index: DatasetIndex, options: DeckOptions): readonly Meeting[] {
  const { order } = index;
  const first =
    options.from === undefined
      ? 0
      : order.findIndex((m) => m.number !== null && m.number >= (options.from ?? 0));
  let last = order.length - 1;
  if (options.to !== undefined) {
    const to = options.to;
    last = order.findLastIndex((m) => m.number !== null && m.number <= to);
  }
  if (first === -1 || last === -1 || last < first) return [];
  return order.slice(first, last + 1);
}

/** The default deck: title, overview, each entry and its achievements, closing. */
export function defaultDeck(index: DatasetIndex, options: DeckOptions): SlideRef[] {
  const refs: SlideRef[] = [{ kind: "title" }, { kind: "overview" }];
  for (const meeting of coveredEntries(index, options)) {
    refs.push({ kind: "meeting", id: meeting.id });
    if (!options.achievements || meeting.achievements === "not recorded") continue;
    meeting.achievements.forEach((_, i) => {
      refs.push({ kind: "achievement", id: meeting.id, n: i + 1 });
    });
  }
  refs.push({ kind: "closing" });
  return refs;
}

/** How many of a meeting's four headline facts (date, place, co-chairs, achievements) are recorded. */
export function recordedFacts(meeting: Meeting): number {
  return [meeting.date, meeting.location, meeting.coChairs, meeting.achievements].filter(
    (fact) => fact !== "not recorded",
  ).length;
}

/**
 * The ready "Key facts" deck: title, overview, timeline, a slide for each entry that has at least
 * two of its headline facts recorded, closing. `leftOut` lists the entries whose slide would be
 * mostly "Not recorded", for the briefer to add back.
 */
export function keyFactsDeck(index: DatasetIndex): { refs: SlideRef[]; leftOut: Meeting[] } {
  const kept = index.order.filter((meeting) => recordedFacts(meeting) >= 2);
  const leftOut = index.order.filter((meeting) => recordedFacts(meeting) < 2);
  return {
    refs: [
      { kind: "title" },
      { kind: "overview" },
      { kind: "timeline" },
      ...kept.map((meeting): SlideRef => ({ kind: "meeting", id: meeting.id })),
      { kind: "closing" },
    ],
    leftOut,
  };
}

/** Characters a slide's running text may have before it goes on to a "(continued)" slide. */
export const SLIDE_TEXT_LIMIT = 560;

/**
 * A long text in pieces of at most `limit` characters, cut after a sentence (or, failing that, a
 * word), so that every piece fits a slide at a readable size. A short text is one piece.
 */
export function textPieces(text: string, limit = SLIDE_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "));
    const word = window.lastIndexOf(" ");
    const cut = sentence > limit / 2 ? sentence + 1 : word > limit / 2 ? word : limit;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== "" || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/**
 * The slides of a deck, each with what it shows. A reference to a meeting or achievement the
 * dataset does not have is left out (and named in `missing`); a long text becomes several slides.
 */
export function resolveDeck(
  index: DatasetIndex,
  refs: readonly SlideRef[],
): { slides: Slide[]; missing: SlideRef[] } {
  const slides: Slide[] = [];
  const missing: SlideRef[] = [];
  for (const ref of refs) {
    switch (ref.kind) {
      case "title":
      case "overview":
      case "timeline":
      case "closing":
        slides.push({ kind: ref.kind, ref });
        break;
      case "meeting": {
        const meeting = index.meetingsById.get(ref.id);
        if (meeting === undefined) missing.push(ref);
        else slides.push({ kind: "meeting", ref, meeting });
        break;
      }
      case "achievement": {
        const meeting = index.meetingsById.get(ref.id);
        const list = meeting?.achievements;
        const achievement =
          list === undefined || list === "not recorded" ? undefined : list[ref.n - 1];
        if (
          meeting === undefined ||
          list === undefined ||
          list === "not recorded" ||
          achievement === undefined
        ) {
          missing.push(ref);
          break;
        }
        const pieces = achievement.text === undefined ? [undefined] : textPieces(achievement.text);
        pieces.forEach((text, i) => {
          slides.push({
            kind: "achievement",
            ref,
            meeting,
            n: ref.n,
            of: list.length,
            achievement,
            text,
            part: i + 1,
            parts: pieces.length,
          });
        });
        break;
      }
      case "text": {
        const pieces = textPieces(ref.body);
        pieces.forEach((body, i) => {
          slides.push({
            kind: "text",
            ref,
            title: ref.title,
            body,
            part: i + 1,
            parts: pieces.length,
          });
        });
        break;
      }
    }
  }
  return { slides, missing };
}

/** The 1-based number of the first slide showing a meeting, if the deck has one. */
export function slideOfMeeting(slides: readonly Slide[], meetingId: string): number | undefined {
  const i = slides.findIndex((s) => s.kind === "meeting" && s.meeting.id === meetingId);
  return i === -1 ? undefined : i + 1;
}

/** The meeting a slide is about (for Esc back to the explorer), if any. */
export function meetingOfSlide(slide: Slide): Meeting | undefined {
  return slide.kind === "meeting" || slide.kind === "achievement" ? slide.meeting : undefined;
}

/**
 * What a meeting's slide shows of its summary: nothing when achievements are recorded (the series'
 * own meetings), else the summary's first slide-sized piece, with "…" when it goes on (an imported
 * event, whose text is all it has). Undefined when there is no summary.
 */
export function slideSummary(meeting: Meeting): string | undefined {
  if (meeting.achievements !== "not recorded" || meeting.summary === "not recorded")
    return undefined;
  const pieces = textPieces(meeting.summary.replace(/\s+/g, " "), SLIDE_TEXT_LIMIT / 2);
  return pieces.length > 1 ? `${pieces[0] ?? ""} …` : pieces[0];
}
