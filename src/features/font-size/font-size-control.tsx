import { useState } from "react";
import { applyFontSize, FONT_SIZES, readFontSize, type FontSize } from "./font-size";

const NAMES: Record<FontSize, string> = { S: "Small", M: "Medium", L: "Large" };

/** S / M / L text size, as on METI's own pages; the choice survives reloads. */
export function FontSizeControl() {
  const [size, setSize] = useState<FontSize>(readFontSize);
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
            setSize(option);
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
