import { CopyLinkButton } from "../../components/copy-link-button";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useNavigate } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { meetingPath } from "../../data/paths";
import { meetingOfSlide, type Slide } from "./deck";
import { PresenterHelp } from "./presenter-help";
import { presenterAction } from "./presenter-keys";
import {
  readPresenterTheme,
  savePresenterTheme,
  subscribePresenterTheme,
  type PresenterTheme,
} from "./presenter-theme";
import { slideLabel } from "./slide-label";
import { SlideView } from "./slide-view";
import "./presenter.css";

const INTERACTIVE = "a, button, input, select, textarea, summary, [role='button']";

/**
 * Presenter mode: one slide at a time, each at its own address (`/present/7`), driven by the keys a
 * clicker sends. Keys are listened for only while this component is on screen.
 */
export function Presenter({
  index,
  slides,
  current,
  search,
  renderMap,
}: {
  index: DatasetIndex;
  slides: readonly Slide[];
  /** 1-based. */
  current: number;
  search: string;
  renderMap: (meetingId: string | undefined) => ReactNode;
}) {
  const navigate = useNavigate();
  const [blank, setBlank] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [typed, setTyped] = useState("");
  // A slide rendered at build time is light until it hydrates; then the remembered theme applies.
  const theme = useSyncExternalStore<PresenterTheme>(
    subscribePresenterTheme,
    readPresenterTheme,
    () => "light",
  );
  const [notice, setNotice] = useState("");
  // The slide the deck opens on is there at once; a move to another slide fades it in.
  const [openedOn] = useState(current);
  const [moved, setMoved] = useState(false);
  if (!moved && current !== openedOn) setMoved(true);
  const root = useRef<HTMLDivElement>(null);
  const slide = slides[current - 1] ?? slides[0];
  const total = slides.length;

  // Where the deck is going, ahead of the render: a clicker pressed twice during one route
  // transition must move two slides, not one.
  const position = useRef(current);
  useEffect(
    function followTheAddress() {
      position.current = current;
    },
    [current],
  );

  function goTo(n: number) {
    const target = Math.min(Math.max(n, 1), total);
    if (target === position.current) return;
    position.current = target;
    void navigate(`/present/${target}${search}`);
  }

  function exit() {
    const meeting = slide === undefined ? undefined : meetingOfSlide(slide);
    void navigate(meeting === undefined ? "/" : meetingPath(meeting.id));
  }

  function toggleFullscreen() {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => {
      setNotice("Full screen is not available in this browser window.");
    });
  }

  useEffect(function takeFocusForKeys() {
    root.current?.focus();
  }, []);

  useEffect(function listenForPresenterKeys() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const onControl =
        event.target instanceof Element && event.target.closest(INTERACTIVE) !== null;
      // Enter and Space on a focused button or link do what that control says.
      if (onControl && (event.key === "Enter" || event.key === " ") && !blank && typed === "")
        return;
      const action = presenterAction(event.key, { blank, typing: typed !== "", helpOpen });
      if (action === undefined) return;
      event.preventDefault();
      switch (action.type) {
        case "next":
          goTo(position.current + 1);
          break;
        case "previous":
          goTo(position.current - 1);
          break;
        case "first":
          goTo(1);
          break;
        case "last":
          goTo(total);
          break;
        case "blank":
          setBlank(true);
          break;
        case "unblank":
          setBlank(false);
          break;
        case "fullscreen":
          toggleFullscreen();
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
          goTo(Number(typed));
          setTyped("");
          break;
        case "cancel":
          setTyped("");
          break;
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
    };
  });

  if (slide === undefined) return null;
  const label = slideLabel(slide);
  return (
    <div className={`presenter presenter--${theme}`} ref={root} tabIndex={-1}>
      <title>{`${current} / ${total}: ${label} — Presenter`}</title>
      <h1 className="visually-hidden">Presenter mode</h1>
      <section
        key={current}
        className={`presenter__slide${moved ? " presenter__slide--fade" : ""}`}
        aria-roledescription="slide"
        aria-label={`Slide ${current} of ${total}`}
      >
        <SlideView index={index} slide={slide} renderMap={renderMap} />
      </section>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`Slide ${current} of ${total}: ${label}`}
      </p>
      <nav className="presenter__bar" aria-label="Presenter controls">
        <button
          type="button"
          onClick={() => {
            goTo(current - 1);
          }}
          disabled={current === 1}
        >
          <span aria-hidden="true">← </span>Previous
        </button>
        <button
          type="button"
          onClick={() => {
            goTo(current + 1);
          }}
          disabled={current === total}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
        <span className="presenter__progress">
          <span className="visually-hidden">Slide </span>
          {current} / {total}
          <span className="presenter__track" aria-hidden="true">
            <span
              className="presenter__fill"
              ref={(fill) => {
                // Set through the DOM: a style attribute in prerendered markup breaks the CSP.
                if (fill !== null) fill.style.width = `${(current / total) * 100}%`;
              }}
            />
          </span>
        </span>
        <span className="presenter__spacer" />
        {notice === "" ? null : <span role="status">{notice}</span>}
        <CopyLinkButton key={current} />
        <button
          type="button"
          aria-pressed={theme === "dark"}
          onClick={() => {
            const next = theme === "dark" ? "light" : "dark";
            savePresenterTheme(next);
          }}
        >
          Dark theme
        </button>
        <button
          type="button"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          Keys (?)
        </button>
        <button type="button" onClick={exit}>
          Leave (Esc)
        </button>
      </nav>
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
