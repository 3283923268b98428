import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { meetingPath } from "../../data/paths";
import { meetingOfSlide, type Slide } from "./deck";
import { toggleFullscreen } from "./fullscreen";
import { PresenterBar } from "./presenter-bar";
import { PresenterHelp } from "./presenter-help";
import type { PresenterAction } from "./presenter-keys";
import { usePresenterTheme } from "./presenter-theme";
import { slideLabel } from "./slide-label";
import { SlideView } from "./slide-view";
import { useDeckController } from "./use-deck-controller";
import { useFitSlide } from "./use-fit-slide";
import { usePresenterKeys } from "./use-presenter-keys";
import "./presenter.css";

/**
 * Presenter mode: one slide at a time, each at its own address (`/present/7`), driven by the keys a
 * clicker sends. Keys are listened for only while this component is on screen.
 */
export function Presenter({
  index,
  slides,
  current,
  search,
}: {
  index: DatasetIndex;
  slides: readonly Slide[];
  /** 1-based. */
  current: number;
  /** The deck's query (`?from=5&to=8`), kept on every slide's address. */
  search: string;
}) {
  const navigate = useNavigate();
  const deck = useDeckController(current, slides.length, (n) => {
    void navigate(`/present/${n}${search}`);
  });
  const [blank, setBlank] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [notice, setNotice] = useState("");
  const theme = usePresenterTheme();
  // The slide the deck opens on is there at once; a move to another slide fades it in.
  const [openedOn] = useState(current);
  const [moved, setMoved] = useState(false);
  if (!moved && current !== openedOn) setMoved(true);
  const root = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  useFitSlide(section, current);
  const slide = slides[current - 1] ?? slides[0];

  function exit() {
    const meeting = slide === undefined ? undefined : meetingOfSlide(slide);
    void navigate(meeting === undefined ? "/" : meetingPath(meeting.id));
  }

  useEffect(function takeFocusForKeys() {
    root.current?.focus();
  }, []);

  usePresenterKeys({ blank, typing: typed !== "", helpOpen }, (action: PresenterAction) => {
    switch (action.type) {
      case "next":
        deck.step(1);
        break;
      case "previous":
        deck.step(-1);
        break;
      case "first":
        deck.goTo(1);
        break;
      case "last":
        deck.goTo(deck.total);
        break;
      case "blank":
        setBlank(true);
        break;
      case "unblank":
        setBlank(false);
        break;
      case "fullscreen":
        toggleFullscreen(setNotice);
        break;
      case "exit":
        exit();
        break;
      case "help":
        setHelpOpen((open) => !open);
        break;
      case "digit":
        setTyped((t) => (t + action.digit).slice(-3));
        break;
      case "jump":
        deck.goTo(Number(typed));
        setTyped("");
        break;
      case "cancel":
        setTyped("");
        break;
    }
  });

  if (slide === undefined) return null;
  const label = slideLabel(slide);
  return (
    <div className={`presenter presenter--${theme}`} ref={root} tabIndex={-1}>
      <title>{`${current} / ${deck.total}: ${label} — Presenter`}</title>
      <h1 className="visually-hidden">Presenter mode</h1>
      <section
        key={current}
        ref={section}
        className={`presenter__slide${moved ? " presenter__slide--fade" : ""}`}
        aria-roledescription="slide"
        aria-label={`Slide ${current} of ${deck.total}`}
      >
        <SlideView index={index} slide={slide} />
      </section>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`Slide ${current} of ${deck.total}: ${label}`}
      </p>
      <PresenterBar
        deck={deck}
        theme={theme}
        notice={notice}
        onHelp={() => {
          setHelpOpen(true);
        }}
        onExit={exit}
      />
      {typed === "" ? null : (
        <p className="presenter__jump" role="status">
          Go to slide {typed} — press Enter
        </p>
      )}
      {helpOpen ? (
        <PresenterHelp
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      ) : null}
      {blank ? (
        <div className="presenter__blank" role="status">
          <span className="visually-hidden">Screen blanked. Press any key to return.</span>
        </div>
      ) : null}
    </div>
  );
}
