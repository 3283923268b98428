import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { resolveDeck, type DeckCover, type SlideRef } from "../../data/deck";
import { notesOf } from "../../data/deck-notes";
import { StableLink } from "../stable-link";
import "./slides-export.css";

/**
 * The deck as slides to take away: a PowerPoint file (built in the browser when asked; its code is
 * fetched then), and the PDF view (every slide on its own landscape page, for Print → Save as PDF),
 * with or without the speaker notes.
 */
export function SlidesExport({
  index,
  refs,
  cover,
  notesKey,
  pdfPath,
  fileStem,
  onSaid,
}: {
  index: DatasetIndex;
  refs: readonly SlideRef[];
  cover: DeckCover;
  notesKey: string;
  /** The print view's address: `/present/…/all` with the deck's query. */
  pdfPath: string;
  fileStem: string;
  /** Announces progress and outcome in the page's own status region. */
  onSaid: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const fileName = `${fileStem}.pptx`;

  async function downloadPptx() {
    if (busy) return;
    setBusy(true);
    onSaid("Building the PowerPoint file…");
    try {
      const { downloadDeckPptx } = await import("./download-pptx");
      const size = await downloadDeckPptx({
        index,
        queryClient,
        slides: resolveDeck(index, refs).slides,
        cover,
        notes: notesOf(notesKey),
        fileName,
      });
      onSaid(`Downloaded ${fileName} (${String(Math.round(size / 1024))} KB).`);
    } catch (error) {
      onSaid(
        `The PowerPoint file could not be built: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  }

  const withNotes = `${pdfPath}${pdfPath.includes("?") ? "&" : "?"}notes=on`;
  return (
    <p className="slides-export">
      {/* aria-disabled rather than disabled while building: the button keeps the keyboard's focus. */}
      <button
        type="button"
        className="button"
        aria-disabled={busy}
        onClick={() => void downloadPptx()}
      >
        Download slides (PowerPoint)
      </button>
      <StableLink className="button" to={pdfPath}>
        Slides as PDF
      </StableLink>
      <StableLink to={withNotes}>Slides as PDF, with speaker notes</StableLink>
    </p>
  );
}
