import type { DatasetIndex } from "../../data/dataset-index";
import type { Achievement, Meeting } from "../../data/schema";

export type Slide =
  | { kind: "title" }
  | { kind: "overview" }
  | { kind: "meeting"; meeting: Meeting }
  | { kind: "achievement"; meeting: Meeting; n: number; of: number; achievement: Achievement }
  | { kind: "closing" };

/** How a deck is narrowed, read from the address: `?from=5&to=8&achievements=off`. */
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

export function buildDeck(index: DatasetIndex, options: DeckOptions): Slide[] {
  const slides: Slide[] = [{ kind: "title" }, { kind: "overview" }];
  for (const meeting of coveredEntries(index, options)) {
    slides.push({ kind: "meeting", meeting });
    if (!options.achievements || meeting.achievements === "not recorded") continue;
    const of = meeting.achievements.length;
    meeting.achievements.forEach((achievement, i) => {
      slides.push({ kind: "achievement", meeting, n: i + 1, of, achievement });
    });
  }
  slides.push({ kind: "closing" });
  return slides;
}

/** The 1-based slide number of a meeting's own slide, if the deck has it. */
export function slideOfMeeting(slides: readonly Slide[], meetingId: string): number | undefined {
  const i = slides.findIndex((s) => s.kind === "meeting" && s.meeting.id === meetingId);
  return i === -1 ? undefined : i + 1;
}

/** The meeting a slide is about (for Esc back to the explorer), if any. */
export function meetingOfSlide(slide: Slide): Meeting | undefined {
  return slide.kind === "meeting" || slide.kind === "achievement" ? slide.meeting : undefined;
}
