import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { withCatalogs } from "../../data/i18n/catalogs";
import { resolveDeck, type DeckCover, type SlideRef } from "../../data/deck";
import { notesOf } from "../../data/deck-notes";
import { StableLink } from "../stable-link";
import { exportText } from "./messages";
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
    onSaid(exportText().building());
    try {
      const { downloadDeckPptx } = await import("./download-pptx").then(withCatalogs);
      const size = await downloadDeckPptx({
        index,
        queryClient,
        slides: resolveDeck(index, refs).slides,
        cover,
        notes: notesOf(notesKey),
        fileName,
      });
      onSaid(exportText().downloaded({ file: fileName, size: Math.round(size / 1024) }));
    } catch (error) {
      onSaid(
        exportText().notBuilt({
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const withNotes = `${pdfPath}${pdfPath.includes("?") ? "&" : "?"}notes=on`;
  const text = exportText();
  return (
    <p className="slides-export">
      {/* aria-disabled rather than disabled while building: the button keeps the keyboard's focus. */}
      <button
        type="button"
        className="button"
        aria-disabled={busy}
        onClick={() => void downloadPptx()}
      >
        {text.downloadPptx()}
      </button>
      <StableLink className="button" to={pdfPath}>
        {text.slidesAsPdf()}
      </StableLink>
      <StableLink to={withNotes}>{text.slidesAsPdfNotes()}</StableLink>
    </p>
  );
}
