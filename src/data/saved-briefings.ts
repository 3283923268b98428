import type { DeckCover, SlideRef } from "./deck";
import { decodeDeck, encodeDeck } from "./deck-address";

/** A briefing kept in this browser under a name. `id` also names its speaker notes (deck-notes.ts). */
export type SavedBriefing = {
  id: string;
  name: string;
  savedAt: number;
  cover: DeckCover;
  refs: SlideRef[];
};

const KEY = "ajcpm.briefings";

function isCover(value: unknown): value is DeckCover {
  if (typeof value !== "object" || value === null) return false;
  const get = (key: string): unknown => Reflect.get(value, key);
  const minutes = get("minutes");
  return (
    typeof get("title") === "string" &&
    typeof get("presenter") === "string" &&
    typeof get("date") === "string" &&
    (minutes === undefined || typeof minutes === "number")
  );
}

/** The briefings kept in this browser, newest first ([] where storage is refused or unreadable). */
export function savedBriefings(): SavedBriefing[] {
  let value: unknown;
  try {
    value = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((item: unknown): SavedBriefing[] => {
      if (typeof item !== "object" || item === null) return [];
      const get = (key: string): unknown => Reflect.get(item, key);
      const id = get("id");
      const name = get("name");
      const savedAt = get("savedAt");
      const deck = get("deck");
      const cover = get("cover");
      if (typeof id !== "string" || typeof name !== "string" || typeof savedAt !== "number")
        return [];
      if (typeof deck !== "string" || !isCover(cover)) return [];
      return [{ id, name, savedAt, cover, refs: decodeDeck(deck).refs }];
    })
    .sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Keeps a briefing under its name (replacing one of the same id). Returns false where the browser
 * refuses to keep it (a private window, a full quota): the caller says so.
 */
export function saveBriefing(briefing: SavedBriefing): boolean {
  const others = savedBriefings().filter((saved) => saved.id !== briefing.id);
  const stored = [briefing, ...others].map((saved) => ({
    id: saved.id,
    name: saved.name,
    savedAt: saved.savedAt,
    cover: saved.cover,
    deck: encodeDeck(saved.refs),
  }));
  try {
    window.localStorage.setItem(KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function deleteBriefing(id: string): void {
  const kept = savedBriefings().filter((saved) => saved.id !== id);
  try {
    window.localStorage.setItem(
      KEY,
      JSON.stringify(
        kept.map((saved) => ({ ...saved, refs: undefined, deck: encodeDeck(saved.refs) })),
      ),
    );
  } catch {
    // Nothing kept, nothing to delete.
  }
}

/** A short random id for a new briefing: names its notes and its saved copy. */
export function newBriefingId(): string {
  return Math.random().toString(36).slice(2, 10);
}
