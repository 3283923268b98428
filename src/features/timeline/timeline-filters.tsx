import { useId } from "react";
import type { HostOption, MeetingFilter } from "../../data/meeting-filter";

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
  return (
    <fieldset className="timeline-filters">
      <legend>Filter the timeline</legend>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-host`}>Host</label>
        <select
          id={`${id}-host`}
          value={filter.host ?? ""}
          onChange={(event) => {
            onChange({ host: event.target.value === "" ? undefined : event.target.value });
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
        onChange={(from) => {
          onChange({ from });
        }}
      />
      <YearSelect
        id={`${id}-to`}
        label="To"
        years={years}
        value={filter.to}
        onChange={(to) => {
          onChange({ to });
        }}
      />
    </fieldset>
  );
}
