import { CopyLinkButton } from "../../components/copy-link-button";
import type { DeckController } from "./use-deck-controller";
import { savePresenterTheme, type PresenterTheme } from "./presenter-theme";

/** The presenter's controls: move, where the deck is, copy the slide's link, theme, keys, leave. */
export function PresenterBar({
  deck,
  theme,
  notice,
  onHelp,
  onExit,
}: {
  deck: DeckController;
  theme: PresenterTheme;
  /** A short message for the presenter (full screen refused), or "". */
  notice: string;
  onHelp: () => void;
  onExit: () => void;
}) {
  const { current, total } = deck;
  return (
    <nav className="presenter__bar" aria-label="Presenter controls">
      <button
        type="button"
        onClick={() => {
          deck.goTo(current - 1);
        }}
        disabled={current === 1}
      >
        <span aria-hidden="true">← </span>Previous
      </button>
      <button
        type="button"
        onClick={() => {
          deck.goTo(current + 1);
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
          savePresenterTheme(theme === "dark" ? "light" : "dark");
        }}
      >
        Dark theme
      </button>
      <button type="button" onClick={onHelp}>
        Keys (?)
      </button>
      <button type="button" onClick={onExit}>
        Leave (Esc)
      </button>
    </nav>
  );
}
