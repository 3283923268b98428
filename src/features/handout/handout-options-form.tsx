import { useId } from "react";
import { useSearchParams } from "react-router";
import type { HandoutOptions, HandoutScope } from "./handout-options";
import { handoutText } from "./messages";

/** The handout's choices; each is written to the address, so the handout can be shared as chosen. */
export function HandoutOptionsForm({
  options,
  filterText,
}: {
  options: HandoutOptions;
  /** The timeline's filter in words ("host Japan, 2012–2016"), when there is one. */
  filterText: string | undefined;
}) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  function set(key: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }
  const text = handoutText();
  const scopes: [HandoutScope, string, boolean][] = [
    ["all", text.allMeetings(), true],
    [
      "filter",
      filterText === undefined ? text.filterNone() : text.filterSet({ filter: filterText }),
      filterText !== undefined,
    ],
    ["deck", text.briefingMeetings(), options.deck !== undefined],
  ];
  return (
    <fieldset className="handout-options">
      <legend>{text.optionsLegend()}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-scope`} className="handout-options__group">
        <span id={`${id}-scope`} className="handout-options__label">
          {text.meetings()}
        </span>
        {scopes.map(([scope, label, available]) => (
          <label key={scope}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={scope}
              checked={options.scope === scope}
              disabled={!available}
              onChange={() => {
                set("meetings", scope);
              }}
            />{" "}
            {label}
          </label>
        ))}
      </div>
      <label>
        <input
          type="checkbox"
          checked={options.leaveOutEmpty}
          onChange={(event) => {
            set("empty", event.target.checked ? "leave-out" : undefined);
          }}
        />{" "}
        {text.leaveOutEmpty()}
      </label>
      {options.deck === undefined ? null : (
        <label>
          <input
            type="checkbox"
            checked={options.withNotes}
            onChange={(event) => {
              set("notes", event.target.checked ? "on" : undefined);
            }}
          />{" "}
          {text.includeNotes()}
        </label>
      )}
    </fieldset>
  );
}
