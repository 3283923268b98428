import { useId, useSyncExternalStore } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import type { Slide } from "../../data/deck";
import { noteFor, saveNote, subscribeNotes } from "../../data/deck-notes";
import { presentText } from "./messages";
import { SlideSources } from "./slide-sources";

/**
 * The current slide's speaker notes, typed here and kept in this browser for the deck. A slide
 * without notes shows what the briefer can cite instead: its facts' sources. Shown in the speaker
 * view, or under the slide when no second window can open.
 */
export function NotesPanel({
  index,
  deckKey,
  slide,
}: {
  index: DatasetIndex;
  deckKey: string;
  slide: Slide;
}) {
  const id = useId();
  const note = useSyncExternalStore(
    subscribeNotes,
    () => noteFor(deckKey, slide.ref),
    () => "",
  );
  const text = presentText();
  return (
    <section className="presenter__notes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="speaker__heading">
        {text.notes()}
      </h2>
      <label htmlFor={`${id}-notes`} className="visually-hidden">
        {text.notesLabel()}
      </label>
      <textarea
        id={`${id}-notes`}
        value={note}
        placeholder={text.notesPlaceholder()}
        onChange={(event) => {
          saveNote(deckKey, slide.ref, event.target.value);
        }}
        // Keys typed here are words, not presenter commands (use-presenter-keys skips text fields).
      />
      {note.trim() === "" ? <SlideSources index={index} slide={slide} /> : null}
    </section>
  );
}
