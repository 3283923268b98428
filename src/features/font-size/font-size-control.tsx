import { useSyncExternalStore } from "react";
import {
  appliedFontSize,
  applyFontSize,
  FONT_SIZES,
  subscribeFontSize,
  type FontSize,
} from "./font-size";

const NAMES: Record<FontSize, string> = { S: "Small", M: "Medium", L: "Large" };

/** S / M / L text size, as on METI's own pages; the choice survives reloads. */
export function FontSizeControl() {
  // A page rendered at build time shows the default size pressed until it hydrates.
  const size = useSyncExternalStore<FontSize>(subscribeFontSize, appliedFontSize, () => "M");
  return (
    <div className="font-size" role="group" aria-label="Text size">
      <span className="font-size__label" aria-hidden="true">
        Text size
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
          <span className="visually-hidden"> ({NAMES[option]} text)</span>
        </button>
      ))}
    </div>
  );
}
