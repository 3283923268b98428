import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { StableLink } from "../../components/stable-link";
import { basemapQuery } from "../../data/basemap-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { noteFor, subscribeNotes } from "../../data/deck-notes";
import { slideLabel } from "../../data/slide-label";
import { usePresenterTheme } from "./presenter-theme";
import type { PresentedDeck } from "./presented-deck";
import { SlidePreview } from "./slide-preview";
import "./presenter.css";
import "./speaker-view.css";
import "./print-deck.css";

/**
 * Every slide of a deck, one to a landscape page, as on screen and in the chosen projector theme,
 * without controls: for the browser's Print or Save as PDF (`/present/…/all`, `?notes=on` adds each
 * slide's speaker notes on the page below it).
 */
export default function PrintDeck({
  index,
  deck,
  withNotes,
}: {
  index: DatasetIndex;
  deck: PresentedDeck;
  withNotes: boolean;
}) {
  const theme = usePresenterTheme();
  // Printing before the basemap has arrived would put "Loading the map…" on the pages.
  const maps = useQuery(basemapQuery);
  const ready = !maps.isPending;
  // Re-render when notes change elsewhere (the speaker view in another window).
  useSyncExternalStore(
    subscribeNotes,
    () => noteFor(deck.key, { kind: "title" }),
    () => "",
  );
  return (
    <div className={`print-deck presenter--${theme}`}>
      <title>{`Slides as PDF: ${String(deck.slides.length)} slides — Japan-ASEAN Cybersecurity Policy Meetings`}</title>
      <div className="print-deck__actions">
        <h1>Slides as PDF</h1>
        <p>
          {deck.slides.length} {deck.slides.length === 1 ? "slide" : "slides"}, one to a landscape
          page, in the {theme} theme
          {withNotes ? ", each with its speaker notes" : ""}. Choose Print, then Save as PDF.
        </p>
        <p role="status">{ready ? "" : "Preparing the maps…"}</p>
        <p className="print-deck__buttons">
          <button
            type="button"
            className="button"
            aria-disabled={!ready}
            onClick={() => {
              if (ready) window.print();
            }}
          >
            Print or save as PDF
          </button>
          <StableLink className="button" to={deck.addressOf(1)}>
            Back to the slides
          </StableLink>
        </p>
      </div>
      {deck.slides.map((slide, i) => {
        const notes = withNotes ? noteFor(deck.key, slide.ref) : "";
        return (
          <section
            key={i}
            className="print-deck__page"
            aria-label={`Slide ${String(i + 1)} of ${String(deck.slides.length)}: ${slideLabel(slide)}`}
          >
            <SlidePreview index={index} slide={slide} cover={deck.cover} theme={theme} />
            {withNotes ? (
              <p className="print-deck__notes">
                <strong>Notes: </strong>
                {notes.trim() === "" ? "none" : notes}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
