import { useId } from "react";
import type { HostOption, MeetingFilter } from "../../data/meeting-filter";

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
  onChange: (filter: MeetingFilter) => void;
}) {
  const id = useId();
  const yearValue = (year: number | undefined) => (year === undefined ? "" : String(year));
  const toYear = (value: string) => (value === "" ? undefined : Number(value));
  return (
    <fieldset className="timeline-filters">
      <legend>Filter the timeline</legend>
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-host`}>Host</label>
        <select
          id={`${id}-host`}
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
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
        <select
          id={`${id}-from`}
          value={yearValue(filter.from)}
          onChange={(event) => {
            onChange({ ...filter, from: toYear(event.target.value) });
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
      <div className="timeline-filters__field">
        <label htmlFor={`${id}-to`}>To</label>
        <select
          id={`${id}-to`}
          value={yearValue(filter.to)}
          onChange={(event) => {
            onChange({ ...filter, to: toYear(event.target.value) });
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
    </fieldset>
  );
}
