import { useId, useState } from "react";
import { downloadFile } from "../../components/download-file";
import {
  MAX_BRIEFING_BYTES,
  readBriefingFile,
  writeBriefingFile,
  type Briefing,
} from "../../data/briefing-file";
import { DatasetError } from "../../data/dataset-error";
import { notesOf, replaceNotes } from "../../data/deck-notes";
import { newBriefingId, saveBriefing, savedBriefings } from "../../data/saved-briefings";
import { SlidesExport } from "../../components/slide-export/slides-export";
import { StableLink } from "../../components/stable-link";
import type { DatasetIndex } from "../../data/dataset-index";
import { handoutPath, printPath, type BriefingState } from "./use-briefing-address";

/** A safe file name from the briefing's name: "Briefing for the Minister.briefing.json". */
function fileName(name: string): string {
  // Characters no file system takes, and control characters, become spaces.
  const cleaned = Array.from(name, (c) =>
    /[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 ? " " : c,
  )
    .join("")
    .trim()
    .slice(0, 80);
  return `${cleaned === "" ? "briefing" : cleaned}.briefing.json`;
}

/**
 * Present the briefing, keep it in this browser under a name, or carry it as a file; and open a
 * briefing kept here or from a file. A file is checked before anything of it is used: its problems
 * are listed by path, and nothing of a file with problems is taken.
 */
export function KeepAndShare({
  index,
  briefing,
  onOpen,
  onSaid,
}: {
  index: DatasetIndex;
  briefing: BriefingState;
  onOpen: (opened: { id: string; refs: Briefing["refs"]; cover: Briefing["cover"] }) => void;
  onSaid: (message: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState(briefing.cover.title);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState(savedBriefings);

  function save() {
    const kept = saveBriefing({
      id: briefing.id,
      name: name.trim() === "" ? "Untitled briefing" : name.trim(),
      savedAt: Date.now(),
      cover: briefing.cover,
      refs: briefing.refs,
    });
    setSaved(savedBriefings());
    onSaid(
      kept
        ? `Saved in this browser as “${name.trim() === "" ? "Untitled briefing" : name.trim()}”.`
        : "This browser refuses to keep data (a private window, or full): download the file instead.",
    );
  }

  function download() {
    const text = writeBriefingFile({
      name: name.trim() === "" ? "Untitled briefing" : name.trim(),
      cover: briefing.cover,
      refs: briefing.refs,
      notes: { ...notesOf(briefing.id) },
    });
    downloadFile(fileName(name), "application/json", text);
    onSaid(`Downloaded ${fileName(name)}.`);
  }

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
      setName(opened.name);
      onOpen({ id: openedId, refs: opened.refs, cover: opened.cover });
      onSaid(`Opened ${file.name}: ${String(opened.refs.length)} slides.`);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      setProblems(error.problems.map((p) => `${p.path}: ${p.message}`));
      onSaid(`${file.name} was not opened: it has problems, listed below.`);
    }
  }

  return (
    <section className="briefing__keep" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Keep and share</h2>
      {briefing.refs.length === 0 ? null : (
        <>
          <SlidesExport
            index={index}
            refs={briefing.refs}
            cover={briefing.cover}
            notesKey={briefing.id}
            pdfPath={printPath(briefing)}
            fileStem={fileName(name).replace(/\.briefing\.json$/, "")}
          />
          <p>
            <StableLink to={handoutPath(briefing)}>
              A handout of this briefing's meetings
            </StableLink>
          </p>
        </>
      )}
      <p>
        The address of this page holds the briefing: copy it to share it. Notes stay in this
        browser, and go with the file.
      </p>
      <p className="briefing__field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          placeholder="Untitled briefing"
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </p>
      <p className="briefing__buttons">
        <button type="button" onClick={save}>
          Save in this browser
        </button>
        <button type="button" onClick={download}>
          Download as a file
        </button>
      </p>
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
      {saved.length === 0 ? null : (
        <>
          <h3>Kept in this browser</h3>
          <ul className="briefing__saved">
            {saved.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => {
                    setName(item.name);
                    onOpen({ id: item.id, refs: item.refs, cover: item.cover });
                    onSaid(`Opened “${item.name}”.`);
                  }}
                >
                  Open<span className="visually-hidden"> “{item.name}”</span>
                </button>{" "}
                {item.name}{" "}
                <span className="briefing__meta">
                  {item.refs.length} slides, saved {new Date(item.savedAt).toLocaleString("en-GB")}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
