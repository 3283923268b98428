import { useEffect, useRef, useState } from "react";
import { useHref, useNavigate } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { meetingOfSlide } from "../../data/deck";
import { meetingPath } from "../../data/paths";
import { slideLabel } from "../../data/slide-label";
import { useDeckLink } from "./deck-link";
import { toggleFullscreen } from "./fullscreen";
import { presentText } from "./messages";
import { NotesPanel } from "./notes-panel";
import { OverviewGrid } from "./overview-grid";
import { PresenterBar } from "./presenter-bar";
import { PresenterHelp } from "./presenter-help";
import type { PresenterAction } from "./presenter-keys";
import { usePresenterTheme } from "./presenter-theme";
import type { PresentedDeck } from "./presented-deck";
import { SlideView } from "./slide-view";
import { speakerViewAddress } from "./speaker-address";
import { useBarAutohide } from "./use-bar-autohide";
import { useDeckController } from "./use-deck-controller";
import { useFitSlide } from "./use-fit-slide";
import { usePresenterKeys } from "./use-presenter-keys";
import "./presenter.css";

/**
 * Presenter mode: one slide at a time, each at its own address (`/present/7`), driven by the keys a
 * clicker sends. Keys are listened for only while this component is on screen. A speaker view in a
 * second window (S) follows it, and it follows the speaker view.
 */
export function Presenter({
  index,
  deck,
  current,
}: {
  index: DatasetIndex;
  deck: PresentedDeck;
  /** 1-based. */
  current: number;
}) {
  const navigate = useNavigate();
  // Moving between slides replaces the history entry: one Back leaves the briefing.
  const controller = useDeckController(current, deck.slides.length, (n) => {
    void navigate(deck.addressOf(n), { replace: true });
  });
  const [blank, setBlank] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [gridOpen, setGridOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [notice, setNotice] = useState("");
  const theme = usePresenterTheme();
  const barHidden = useBarAutohide();
  // The slide the deck opens on is there at once; a move to another slide fades it in.
  const [openedOn] = useState(current);
  const [moved, setMoved] = useState(false);
  if (!moved && current !== openedOn) setMoved(true);
  const root = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const speaker = useRef<Window | null>(null);
  useFitSlide(section, current);
  useDeckLink({ deck: deck.key, current, follow: controller.goTo, peer: speaker });
  const here = useHref(deck.addressOf(current));
  const slide = deck.slides[current - 1] ?? deck.slides[0];

  function exit() {
    const meeting = slide === undefined ? undefined : meetingOfSlide(slide);
    void navigate(meeting === undefined ? "/" : meetingPath(meeting.id));
  }

  function openSpeakerView() {
    const opened = window.open(
      speakerViewAddress(here),
      "ajcpm-speaker",
      "popup,width=1200,height=760",
    );
    if (opened === null) {
      setNotice(presentText().popupBlocked());
      setNotesOpen(true);
      return;
    }
    speaker.current = opened;
    setNotice("");
  }

  /** After a pointer click on a control, clicker keys go back to moving the slides. */
  function takeKeysBack() {
    root.current?.focus();
  }

  useEffect(function takeFocusForKeys() {
    root.current?.focus();
  }, []);

  usePresenterKeys(
    { blank, typing: typed !== "", helpOpen, gridOpen },
    (action: PresenterAction) => {
      switch (action.type) {
        case "next":
          controller.step(1);
          break;
        case "previous":
          controller.step(-1);
          break;
        case "first":
          controller.goTo(1);
          break;
        case "last":
          controller.goTo(controller.total);
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
        case "speaker":
          openSpeakerView();
          break;
        case "grid":
          setGridOpen(true);
          break;
        case "digit":
          setTyped((t) => (t + action.digit).slice(-3));
          break;
        case "jump":
          controller.goTo(Number(typed));
          setTyped("");
          break;
        case "cancel":
          setTyped("");
          break;
      }
    },
  );

  if (slide === undefined) return null;
  const label = slideLabel(slide);
  const total = controller.total;
  const text = presentText();
  return (
    <div className={`presenter presenter--${theme}`} ref={root} tabIndex={-1}>
      <title>{text.presenterTitle({ current, total, label })}</title>
      <h1 className="visually-hidden">{text.presenterMode()}</h1>
      <section
        key={current}
        ref={section}
        className={`presenter__slide${moved ? " presenter__slide--fade" : ""}`}
        aria-roledescription="slide"
        aria-label={text.slideOf({ current, total })}
      >
        <SlideView index={index} slide={slide} cover={deck.cover} />
      </section>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {text.slideOfLabel({ current, total, label })}
      </p>
      {notesOpen ? <NotesPanel index={index} deckKey={deck.key} slide={slide} /> : null}
      <PresenterBar
        deck={controller}
        theme={theme}
        notice={notice}
        hidden={barHidden}
        onSpeaker={openSpeakerView}
        onGrid={() => {
          setGridOpen(true);
        }}
        onHelp={() => {
          setHelpOpen(true);
        }}
        onExit={exit}
        onPointerDone={takeKeysBack}
        briefingFrom={meetingOfSlide(slide)?.id}
      />
      {typed === "" ? null : (
        <p className="presenter__jump" role="status">
          {text.goToSlide({ typed })}
        </p>
      )}
      {gridOpen ? (
        <OverviewGrid
          slides={deck.slides}
          current={current}
          onPick={(n) => {
            setGridOpen(false);
            controller.goTo(n);
            takeKeysBack();
          }}
          onClose={() => {
            setGridOpen(false);
            takeKeysBack();
          }}
        />
      ) : null}
      {helpOpen ? (
        <PresenterHelp
          onClose={() => {
            setHelpOpen(false);
            takeKeysBack();
          }}
        />
      ) : null}
      {blank ? (
        <div className="presenter__blank" role="status">
          <span className="visually-hidden">{text.blanked()}</span>
        </div>
      ) : null}
    </div>
  );
}
