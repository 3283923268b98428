import { useSyncExternalStore, type MouseEvent, type ReactNode } from "react";
import { CopyLinkButton } from "../../components/copy-link-button";
import { LanguageSwitch } from "../../components/language-switch";
import { StableLink } from "../../components/stable-link";
import { openedDataset, subscribeOpenedDataset } from "../../data/opened-dataset";
import { briefingPath } from "../../data/paths";
import { presentText } from "./messages";
import type { DeckController } from "./use-deck-controller";
import { savePresenterTheme, type PresenterTheme } from "./presenter-theme";

/**
 * A bar button. After a pointer click (not a key press on it) focus goes back to the slide, so the
 * clicker's Space and Enter move the slides instead of pressing the button again.
 */
function BarButton({
  onClick,
  onPointerDone,
  children,
  ...rest
}: {
  onClick: () => void;
  onPointerDone: () => void;
  children: ReactNode;
  disabled?: boolean;
  "aria-pressed"?: boolean;
}) {
  return (
    <button
      type="button"
      {...rest}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick();
        if (event.detail > 0) onPointerDone();
      }}
    >
      {children}
    </button>
  );
}

/** The presenter's controls: move, where the deck is, speaker view, overview, link, theme, keys, leave. */
export function PresenterBar({
  deck,
  theme,
  notice,
  hidden,
  onSpeaker,
  onGrid,
  onHelp,
  onExit,
  onPointerDone,
  briefingFrom,
}: {
  /** The meeting the slide shows, to build a briefing around it. */
  briefingFrom: string | undefined;
  deck: DeckController;
  theme: PresenterTheme;
  /** A short message for the presenter (full screen refused, no second window), or "". */
  notice: string;
  /** Out of the way (the pointer has rested, or full screen): it keeps its place. */
  hidden: boolean;
  onSpeaker: () => void;
  onGrid: () => void;
  onHelp: () => void;
  onExit: () => void;
  onPointerDone: () => void;
}) {
  const { current, total } = deck;
  const done = { onPointerDone };
  // Slides from an opened dataset say so where the presenter looks, not on the audience's slide.
  const opened = useSyncExternalStore(subscribeOpenedDataset, openedDataset, () => undefined);
  const text = presentText();
  return (
    <nav
      className={`presenter__bar${hidden ? " presenter__bar--hidden" : ""}`}
      aria-label={text.controls()}
    >
      <BarButton
        {...done}
        onClick={() => {
          deck.goTo(current - 1);
        }}
        disabled={current === 1}
      >
        <span aria-hidden="true">← </span>
        {text.previous()}
      </BarButton>
      <BarButton
        {...done}
        onClick={() => {
          deck.goTo(current + 1);
        }}
        disabled={current === total}
      >
        {text.next()}
        <span aria-hidden="true"> →</span>
      </BarButton>
      <span className="presenter__progress">
        <span className="visually-hidden">{text.progressSlide()} </span>
        {current} / {total}
        <span className="presenter__track" aria-hidden="true">
          <span
            className="presenter__fill"
            ref={(fill) => {
              // Set through the DOM: a style attribute in prerendered markup breaks the CSP.
              if (fill !== null) fill.style.width = `${String((current / total) * 100)}%`;
            }}
          />
        </span>
      </span>
      {opened === undefined ? null : (
        <span className="presenter__dataset" title={text.openedDatasetTitle()}>
          {text.openedDataset({ name: opened.name })}
        </span>
      )}
      <span className="presenter__spacer" />
      {notice === "" ? null : (
        <span className="presenter__notice" role="status">
          {notice}
        </span>
      )}
      <BarButton {...done} onClick={onSpeaker}>
        {text.speakerViewKey()}
      </BarButton>
      <BarButton {...done} onClick={onGrid}>
        {text.allSlidesKey()}
      </BarButton>
      {/* The button inside is the control; this only hands the keys back after a pointer click. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <span
        className="presenter__copy"
        onClick={(event) => {
          if (event.detail > 0) onPointerDone();
        }}
      >
        <CopyLinkButton key={current} />
      </span>
      <BarButton
        {...done}
        aria-pressed={theme === "dark"}
        onClick={() => {
          savePresenterTheme(theme === "dark" ? "light" : "dark");
        }}
      >
        {text.darkTheme()}
      </BarButton>
      <BarButton {...done} onClick={onHelp}>
        {text.keysKey()}
      </BarButton>
      <StableLink className="presenter__link" to={briefingPath(briefingFrom)}>
        {text.buildBriefing()}
      </StableLink>
      <LanguageSwitch className="presenter__link" />
      <BarButton {...done} onClick={onExit}>
        {text.leaveKey()}
      </BarButton>
    </nav>
  );
}
