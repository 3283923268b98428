import { useId } from "react";
import { useRenderedInBrowser } from "../../components/client-only";
import type { HostOption, MeetingFilter } from "../../data/meeting-filter";

function YearSelect({
  id,
  label,
  years,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number | undefined;
  disabled: boolean;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <div className="timeline-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        disabled={disabled}
        value={value === undefined ? "" : String(value)}
        onChange={(event) => {
          onChange(event.target.value === "" ? undefined : Number(event.target.value));
        }}
      >
        <option value="">Any year</option>
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
  hosts,
  years,
  onChange,
}: {
  filter: MeetingFilter;
  hosts: readonly HostOption[];
  years: readonly number[];
  /** Receives only what changed. */
  onChange: (patch: Partial<MeetingFilter>) => void;
}) {
  const id = useId();
  // A served page's controls answer once the app has taken the page over (decision 009); until
  // then they say so by being disabled, rather than taking a choice and dropping it.
  const disabled = !useRenderedInBrowser();
  return (
    <fieldset className="timeline-filters">
      <legend>Filter the timeline</legend>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-host`}>Host</label>
        <select
          id={`${id}-host`}
          disabled={disabled}
          value={filter.host ?? ""}
          onChange={(event) => {
            onChange({
              ...filter,
              host: event.target.value === "" ? undefined : event.target.value,
            });
          }}
        >
          <option value="">All hosts</option>
          {hosts.map((host) => (
            <option key={host.value} value={host.value}>
              {host.label}
            </option>
          ))}
        </select>
      </div>
      <YearSelect
        id={`${id}-from`}
        label="From"
        years={years}
        value={filter.from}
        disabled={disabled}
        onChange={(from) => {
          onChange({ from });
        }}
      />
      <YearSelect
        id={`${id}-to`}
        label="To"
        years={years}
        value={filter.to}
        disabled={disabled}
        onChange={(to) => {
          onChange({ to });
        }}
      />
    </fieldset>
  );
}
