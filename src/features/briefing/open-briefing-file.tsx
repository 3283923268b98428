import { useId, useState } from "react";
import { MAX_BRIEFING_BYTES, readBriefingFile, type Briefing } from "../../data/briefing-file";
import { DatasetError } from "../../data/dataset-error";
import { replaceNotes } from "../../data/deck-notes";
import { newBriefingId } from "../../data/saved-briefings";
import { briefingText } from "./messages";

/** A briefing opened from a file: a new id for its notes, its slides, cover and name. */
export type OpenedBriefing = {
  id: string;
  name: string;
  refs: Briefing["refs"];
  cover: Briefing["cover"];
};

/**
 * Opens a `.briefing.json` file. It is checked before anything of it is used: its problems are
 * listed by path, and nothing of a file with problems is taken (its notes included).
 */
export function OpenBriefingFile({
  onOpen,
  onSaid,
}: {
  onOpen: (opened: OpenedBriefing) => void;
  onSaid: (message: string) => void;
}) {
  const id = useId();
  const [problems, setProblems] = useState<readonly string[]>([]);

  async function openFile(file: File) {
    setProblems([]);
    if (file.size > MAX_BRIEFING_BYTES) {
      setProblems([briefingText().tooBig({ file: file.name, size: Math.round(file.size / 1024) })]);
      return;
    }
    try {
      const opened = readBriefingFile(await file.text(), file.name);
      const openedId = newBriefingId();
      replaceNotes(openedId, opened.notes);
      onOpen({ id: openedId, name: opened.name, refs: opened.refs, cover: opened.cover });
      onSaid(briefingText().openedFile({ file: file.name, count: opened.refs.length }));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      setProblems(error.problems.map((p) => `${p.path}: ${p.message}`));
      onSaid(briefingText().notOpened({ file: file.name }));
    }
  }

  const text = briefingText();
  return (
    <>
      <p className="briefing__field">
        <label htmlFor={`${id}-file`}>{text.openFile()}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void openFile(file);
            event.target.value = "";
          }}
        />
      </p>
      {problems.length === 0 ? null : (
        <div className="briefing__problems" role="alert">
          <p>{text.fileProblems()}</p>
          <ul>
            {problems.slice(0, 20).map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          {problems.length > 20 ? <p>{text.andMore({ count: problems.length - 20 })}</p> : null}
        </div>
      )}
    </>
  );
}
