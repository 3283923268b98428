import { useId } from "react";
import type { DeckCover } from "../../data/deck";
import { briefingText } from "./messages";

/** The title slide's title, the presenter and the date, and the time the briefing should take. */
export function CoverForm({
  cover,
  placeholder,
  onChange,
}: {
  cover: DeckCover;
  /** The title used when none is given: the series' name. */
  placeholder: string;
  onChange: (cover: DeckCover) => void;
}) {
  const id = useId();
  const field = (key: "title" | "presenter" | "date", label: string, hint: string) => (
    <p className="briefing__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={cover[key]}
        maxLength={200}
        placeholder={hint}
        onChange={(event) => {
          onChange({ ...cover, [key]: event.target.value });
        }}
      />
    </p>
  );
  const text = briefingText();
  return (
    <fieldset className="briefing__cover">
      <legend>{text.coverLegend()}</legend>
      {field("title", text.title(), placeholder)}
      {field("presenter", text.presenter(), text.presenterHint())}
      {field("date", text.date(), text.dateHint())}
      <p className="briefing__field">
        <label htmlFor={`${id}-minutes`}>{text.minutes()}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={999}
          inputMode="numeric"
          value={cover.minutes ?? ""}
          onChange={(event) => {
            const value = Number(event.target.value);
            onChange({
              ...cover,
              minutes:
                event.target.value === "" || !Number.isInteger(value) || value < 1
                  ? undefined
                  : Math.min(value, 999),
            });
          }}
        />
      </p>
    </fieldset>
  );
}
