import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { slideLabel } from "../../data/slide-label";
import { useDeckLink } from "./deck-link";
import { presentText } from "./messages";
import { NotesPanel } from "./notes-panel";
import type { PresenterAction } from "./presenter-keys";
import { usePresenterTheme } from "./presenter-theme";
import type { PresentedDeck } from "./presented-deck";
import { SlidePreview } from "./slide-preview";
import { clockText, elapsedMs, pacing, useSpeakerTimer } from "./speaker-timer";
import { useDeckController } from "./use-deck-controller";
import { usePresenterKeys } from "./use-presenter-keys";
import "./presenter.css";
import "./speaker-view.css";

/**
 * The speaker view, in a second window (S in presenter mode): the slide on screen, the next one,
 * the notes, the time used (pause, reset), the clock, and with a target duration whether the
 * briefing is ahead, on time or behind. Its keys move both windows; closing it leaves the
 * audience's window as it is.
 */
export default function SpeakerView({
  index,
  deck,
  current,
}: {
  index: DatasetIndex;
  deck: PresentedDeck;
  current: number;
}) {
  const navigate = useNavigate();
  const controller = useDeckController(current, deck.slides.length, (n) => {
    void navigate(
      `${deck.addressOf(n)}${deck.addressOf(n).includes("?") ? "&" : "?"}view=speaker`,
      {
        replace: true,
      },
    );
  });
  useDeckLink({ deck: deck.key, current, follow: controller.goTo, heartbeat: true });
  const theme = usePresenterTheme();
  const { timer, now, toggle, reset } = useSpeakerTimer(deck.key);
  const root = useRef<HTMLDivElement>(null);
  useEffect(function takeFocusForKeys() {
    root.current?.focus();
  }, []);
  usePresenterKeys({ blank: false, typing: false, helpOpen: false }, (action: PresenterAction) => {
    if (action.type === "next") controller.step(1);
    else if (action.type === "previous") controller.step(-1);
    else if (action.type === "first") controller.goTo(1);
    else if (action.type === "last") controller.goTo(controller.total);
  });

  const slide = deck.slides[current - 1];
  const next = deck.slides[current];
  if (slide === undefined) return null;
  const elapsed = elapsedMs(timer, now);
  const pace =
    deck.cover.minutes === undefined
      ? undefined
      : pacing(elapsed, deck.cover.minutes, current, deck.slides.length);
  const clock = new Date(now).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  const text = presentText();
  const total = deck.slides.length;
  return (
    <div className={`speaker presenter--${theme}`} ref={root} tabIndex={-1}>
      <title>{text.speakerTitle({ current, total, label: slideLabel(slide) })}</title>
      <h1 className="visually-hidden">{text.speakerView()}</h1>
      <header className="speaker__bar">
        <button
          type="button"
          disabled={current === 1}
          onClick={() => {
            controller.step(-1);
            root.current?.focus();
          }}
        >
          {text.previousArrow()}
        </button>
        <button
          type="button"
          disabled={current === deck.slides.length}
          onClick={() => {
            controller.step(1);
            root.current?.focus();
          }}
        >
          {text.nextArrow()}
        </button>
        <p className="speaker__where">{text.slideOf({ current, total })}</p>
        <p className="speaker__time" aria-label={text.timeUsed()}>
          <span className="speaker__label">{text.timeUsed()}</span> {clockText(elapsed)}
          {timer.pausedAt === null ? "" : text.paused()}
        </p>
        <button type="button" onClick={toggle}>
          {timer.pausedAt === null ? text.pauseTimer() : text.resumeTimer()}
        </button>
        <button type="button" onClick={reset}>
          {text.resetTimer()}
        </button>
        {pace === undefined ? null : (
          <p
            className={`speaker__pace speaker__pace--${pace.state.replace(" ", "-")}`}
            role="status"
          >
            {pace.text}
            <span className="speaker__label">
              {text.target({ minutes: deck.cover.minutes ?? "" })}
            </span>
          </p>
        )}
        <p className="speaker__clock">
          <span className="speaker__label">{text.clock()}</span> <time>{clock}</time>
        </p>
      </header>
      <div className="speaker__main">
        <section className="speaker__now" aria-label={text.onScreenSlide({ n: current })}>
          <h2 className="speaker__heading">{text.onScreen()}</h2>
          <SlidePreview index={index} slide={slide} cover={deck.cover} theme={theme} />
        </section>
        <section className="speaker__next" aria-label={text.nextSlide()}>
          <h2 className="speaker__heading">{text.nextHeading()}</h2>
          {next === undefined ? (
            <p>{text.endOfDeck()}</p>
          ) : (
            <SlidePreview index={index} slide={next} cover={deck.cover} theme={theme} small />
          )}
        </section>
        <NotesPanel index={index} deckKey={deck.key} slide={slide} />
      </div>
    </div>
  );
}
