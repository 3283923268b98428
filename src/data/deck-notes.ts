import { slideToken } from "./deck-address";
import type { SlideRef } from "./deck";

/**
 * The briefer's speaker notes, kept in this browser per deck (decision 014): one text per slide,
 * found by the slide's token, so notes follow a slide when the deck is reordered. Nothing is sent
 * anywhere. Where storage is refused (a private window), notes last as long as the page.
 */
const PREFIX = "ajcpm.notes.";
const kept = new Map<string, Record<string, string>>();
const listeners = new Set<() => void>();

function load(deck: string): Record<string, string> {
  const inMemory = kept.get(deck);
  if (inMemory !== undefined) return inMemory;
  let notes: Record<string, string> = {};
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(PREFIX + deck) ?? "{}");
    if (typeof value === "object" && value !== null) {
      notes = Object.fromEntries(
        Object.entries(value).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
    }
  } catch {
    // Unreadable or refused storage: start with no notes.
  }
  kept.set(deck, notes);
  return notes;
}

/** The notes for one slide of a deck ("" when there are none). */
export function noteFor(deck: string, ref: SlideRef): string {
  return load(deck)[slideToken(ref)] ?? "";
}

/** Every note of a deck, by slide token (for the deck file). */
export function notesOf(deck: string): Readonly<Record<string, string>> {
  return load(deck);
}

/** Keeps `text` as the notes of one slide; "" removes them. */
export function saveNote(deck: string, ref: SlideRef, text: string): void {
  const token = slideToken(ref);
  const notes = Object.fromEntries(Object.entries(load(deck)).filter(([key]) => key !== token));
  if (text.trim() !== "") notes[token] = text;
  kept.set(deck, notes);
  for (const listener of listeners) listener();
  try {
    window.localStorage.setItem(PREFIX + deck, JSON.stringify(notes));
  } catch {
    // Not kept across reloads where storage is refused; the note still shows now.
  }
}

/** Replaces all of a deck's notes (a deck file opened). */
export function replaceNotes(deck: string, notes: Readonly<Record<string, string>>): void {
  kept.set(deck, { ...notes });
  for (const listener of listeners) listener();
  try {
    window.localStorage.setItem(PREFIX + deck, JSON.stringify(notes));
  } catch {
    // As above.
  }
}

/** Called when notes change in this window or, through storage, in another. */
export function subscribeNotes(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(PREFIX) !== true) return;
    kept.delete(event.key.slice(PREFIX.length));
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
