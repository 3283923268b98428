import { useId, useMemo } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { hostOptions, yearRange } from "../../data/filter-options";
import type { MeetingFilter } from "../../data/meeting-filter";
import { controlsText } from "./control-messages";

function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <div className="timeline-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === undefined ? "" : String(value)}
        onChange={(event) => {
          onChange(event.target.value === "" ? undefined : Number(event.target.value));
        }}
      >
        <option value="">{controlsText().anyYear()}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Host country and year range; every change is written to the address so the view can be shared. */
export function TimelineFilters({
  filter,
  index,
  onChange,
}: {
  filter: MeetingFilter;
  index: DatasetIndex;
  /** Receives only what changed. */
  onChange: (patch: Partial<MeetingFilter>) => void;
}) {
  const id = useId();
  const hosts = useMemo(() => hostOptions(index), [index]);
  const years = useMemo(() => yearRange(index), [index]);
  const text = controlsText();
  return (
    <fieldset className="timeline-filters">
      <legend>{text.filterLegend()}</legend>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-host`}>{text.host()}</label>
        <select
          id={`${id}-host`}
          value={filter.host ?? ""}
          onChange={(event) => {
            onChange({ host: event.target.value === "" ? undefined : event.target.value });
          }}
        >
          <option value="">{text.allHosts()}</option>
          {hosts.map((host) => (
            <option key={host.value} value={host.value}>
              {host.label}
            </option>
          ))}
        </select>
      </div>
      <YearSelect
        id={`${id}-from`}
        label={text.from()}
        years={years}
        value={filter.from}
        onChange={(from) => {
          onChange({ from });
        }}
      />
      <YearSelect
        id={`${id}-to`}
        label={text.to()}
        years={years}
        value={filter.to}
        onChange={(to) => {
          onChange({ to });
        }}
      />
    </fieldset>
  );
}
