import { useId, useState } from "react";
import { MAX_BRIEFING_BYTES, readBriefingFile, type Briefing } from "../../data/briefing-file";
import { DatasetError } from "../../data/dataset-error";
import { replaceNotes } from "../../data/deck-notes";
import { newBriefingId } from "../../data/saved-briefings";

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
      setProblems([
        `${file.name}: is ${String(Math.round(file.size / 1024))} KB; a briefing file is at most 1 MB.`,
      ]);
      return;
    }
    try {
      const opened = readBriefingFile(await file.text(), file.name);
      const openedId = newBriefingId();
      replaceNotes(openedId, opened.notes);
      onOpen({ id: openedId, name: opened.name, refs: opened.refs, cover: opened.cover });
      onSaid(`Opened ${file.name}: ${String(opened.refs.length)} slides.`);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      setProblems(error.problems.map((p) => `${p.path}: ${p.message}`));
      onSaid(`${file.name} was not opened: it has problems, listed below.`);
    }
  }

  return (
    <>
      <p className="briefing__field">
        <label htmlFor={`${id}-file`}>Open a briefing file (.briefing.json)</label>
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
          <p>The file was not opened. What is wrong, and where:</p>
          <ul>
            {problems.slice(0, 20).map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          {problems.length > 20 ? <p>…and {problems.length - 20} more.</p> : null}
        </div>
      )}
    </>
  );
}
