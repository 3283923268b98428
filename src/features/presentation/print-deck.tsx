import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { StableLink } from "../../components/stable-link";
import { basemapQuery } from "../../data/basemap-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { noteFor, subscribeNotes } from "../../data/deck-notes";
import { slideLabel } from "../../data/slide-label";
import { sharedText } from "../../components/first-screen-messages";
import { presentText } from "./messages";
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
  const text = presentText();
  const total = deck.slides.length;
  return (
    <div className={`print-deck presenter--${theme}`}>
      <title>
        {sharedText().pageTitle({
          site: sharedText().siteTitle(),
          title: text.printTitle({ count: total }),
        })}
      </title>
      <div className="print-deck__actions">
        <h1>{text.slidesAsPdf()}</h1>
        <p>{text.printIntro({ count: total, theme, notes: withNotes ? "yes" : "no" })}</p>
        <p role="status">{ready ? "" : text.preparingMaps()}</p>
        <p className="print-deck__buttons">
          <button
            type="button"
            className="button"
            aria-disabled={!ready}
            onClick={() => {
              if (ready) window.print();
            }}
          >
            {text.printOrSave()}
          </button>
          <StableLink className="button" to={deck.addressOf(1)}>
            {text.backToSlides()}
          </StableLink>
        </p>
      </div>
      {deck.slides.map((slide, i) => {
        const notes = withNotes ? noteFor(deck.key, slide.ref) : "";
        return (
          <section
            key={i}
            className="print-deck__page"
            aria-label={text.slideOfLabel({ current: i + 1, total, label: slideLabel(slide) })}
          >
            <SlidePreview index={index} slide={slide} cover={deck.cover} theme={theme} />
            {withNotes ? (
              <p className="print-deck__notes">
                <strong>{text.printNotes()}</strong>
                {notes.trim() === "" ? text.printNoNotes() : notes}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
