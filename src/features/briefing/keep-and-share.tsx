import { useId, useState } from "react";
import { downloadFile } from "../../components/download-file";
import { writeBriefingFile, type Briefing } from "../../data/briefing-file";
import { notesOf } from "../../data/deck-notes";
import { saveBriefing, savedBriefings } from "../../data/saved-briefings";
import { SlidesExport } from "../../components/slide-export/slides-export";
import { StableLink } from "../../components/stable-link";
import type { DatasetIndex } from "../../data/dataset-index";
import { KeptBriefings } from "./kept-briefings";
import { briefingText } from "./messages";
import { OpenBriefingFile } from "./open-briefing-file";
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
 * Take the briefing away (PowerPoint, PDF, handout), keep it in this browser under a name, or
 * carry it as a file; and open a briefing kept here or from a file (open-briefing-file.tsx).
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
  const [saved, setSaved] = useState(savedBriefings);

  /** The name the briefing is kept and filed under. */
  function keptName(): string {
    return name.trim() === "" ? briefingText().untitled() : name.trim();
  }

  function save() {
    const kept = saveBriefing({
      id: briefing.id,
      name: keptName(),
      savedAt: Date.now(),
      cover: briefing.cover,
      refs: briefing.refs,
    });
    setSaved(savedBriefings());
    onSaid(kept ? briefingText().savedAs({ name: keptName() }) : briefingText().storageRefused());
  }

  function download() {
    const contents = writeBriefingFile({
      name: keptName(),
      cover: briefing.cover,
      refs: briefing.refs,
      notes: { ...notesOf(briefing.id) },
    });
    downloadFile(fileName(name), "application/json", contents);
    onSaid(briefingText().downloaded({ file: fileName(name) }));
  }

  const text = briefingText();
  return (
    <section className="briefing__keep" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.keepAndShare()}</h2>
      {briefing.refs.length === 0 ? null : (
        <>
          <SlidesExport
            index={index}
            refs={briefing.refs}
            cover={briefing.cover}
            notesKey={briefing.id}
            pdfPath={printPath(briefing)}
            fileStem={fileName(name).replace(/\.briefing\.json$/, "")}
            onSaid={onSaid}
          />
          <p>
            <StableLink to={handoutPath(briefing)}>{text.handoutLink()}</StableLink>
          </p>
        </>
      )}
      <p>{text.addressHolds()}</p>
      <p className="briefing__field">
        <label htmlFor={`${id}-name`}>{text.name()}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          placeholder={text.untitled()}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </p>
      <p className="briefing__buttons">
        <button type="button" onClick={save}>
          {text.saveHere()}
        </button>
        <button type="button" onClick={download}>
          {text.downloadFile()}
        </button>
      </p>
      <OpenBriefingFile
        onOpen={(opened) => {
          setName(opened.name);
          onOpen(opened);
        }}
        onSaid={onSaid}
      />
      <KeptBriefings
        saved={saved}
        onOpen={(item) => {
          setName(item.name);
          onOpen(item);
          onSaid(text.openedName({ name: item.name }));
        }}
      />
    </section>
  );
}
