import { useId, useSyncExternalStore } from "react";
import type { SlideRef } from "../../data/deck";
import { noteFor, saveNote, subscribeNotes } from "../../data/deck-notes";

/** A slide's speaker notes in the briefing's list: folded until opened, kept as typed. */
export function SlideNotes({
  notesKey,
  slideRef,
  label,
}: {
  notesKey: string;
  slideRef: SlideRef;
  label: string;
}) {
  const id = useId();
  const note = useSyncExternalStore(
    subscribeNotes,
    () => noteFor(notesKey, slideRef),
    () => "",
  );
  return (
    <details className="briefing__notes">
      <summary>
        Notes{note.trim() === "" ? "" : " (written)"}
        <span className="visually-hidden">: {label}</span>
      </summary>
      <label htmlFor={id} className="visually-hidden">
        Speaker notes for {label}
      </label>
      <textarea
        id={id}
        value={note}
        placeholder="What to say on this slide (shown in the speaker view)"
        onChange={(event) => {
          saveNote(notesKey, slideRef, event.target.value);
        }}
      />
    </details>
  );
}
