import { useId, useSyncExternalStore } from "react";
import type { SlideRef } from "../../data/deck";
import { noteFor, saveNote, subscribeNotes } from "../../data/deck-notes";
import { briefingText } from "./messages";

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
  const text = briefingText();
  return (
    <details className="briefing__notes">
      <summary>
        {text.notes()}
        {note.trim() === "" ? "" : text.notesWritten()}
        <span className="visually-hidden">{text.notesWhich({ label })}</span>
      </summary>
      <label htmlFor={id} className="visually-hidden">
        {text.notesFor({ label })}
      </label>
      <textarea
        id={id}
        value={note}
        placeholder={text.notesPlaceholder()}
        onChange={(event) => {
          saveNote(notesKey, slideRef, event.target.value);
        }}
      />
    </details>
  );
}
