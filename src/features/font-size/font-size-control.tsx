import { useSyncExternalStore } from "react";
import {
  appliedFontSize,
  applyFontSize,
  FONT_SIZES,
  subscribeFontSize,
  type FontSize,
} from "./font-size";
import { fontSizeText } from "./messages";

/** S / M / L text size, as on METI's own pages; the choice survives reloads. */
export function FontSizeControl() {
  // A page rendered at build time shows the default size pressed until it hydrates.
  const size = useSyncExternalStore<FontSize>(subscribeFontSize, appliedFontSize, () => "M");
  const text = fontSizeText();
  return (
    <div className="font-size" role="group" aria-label={text.textSize()}>
      <span className="font-size__label" aria-hidden="true">
        {text.textSize()}
      </span>
      {FONT_SIZES.map((option) => (
        <button
          key={option}
          type="button"
          className="font-size__button"
          aria-pressed={option === size}
          onClick={() => {
            applyFontSize(option, true);
          }}
        >
          {option}
          <span className="visually-hidden"> {text.sizeName({ size: option })}</span>
        </button>
      ))}
    </div>
  );
}
