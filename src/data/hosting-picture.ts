import type { DatasetIndex } from "./dataset-index";
import { yearOf } from "./format-date";
import { hostOptions, yearRange } from "./filter-options";
import { hostOf } from "./meeting-filter";
import type { Meeting } from "./schema";

export type HostRow = {
  host: string;
  label: string;
  kind: "japan" | "asean" | "online";
  /** Policy meetings this host held, each with its year. */
  meetings: { meeting: Meeting; year: number }[];
};

export type HostingPicture = {
  years: number[];
  rows: HostRow[];
  /** Policy meetings the chart cannot place, and what is missing to place them. */
  unplaced: { meeting: Meeting; missing: "host" | "year" | "host and year" }[];
};

/** Which host held which policy meeting in which year: the data behind the hosting chart. */
export function hostingPicture(index: DatasetIndex): HostingPicture {
  const policy = index.order.filter((m) => m.kind === "policy-meeting");
  const years = yearRange(index);
  const rows: HostRow[] = hostOptions(index).map((option) => ({
    host: option.value,
    label: option.label,
    kind:
      option.value === "online"
        ? "online"
        : index.countriesByCode.get(option.value)?.group === "japan"
          ? "japan"
          : "asean",
    meetings: [],
  }));
  const unplaced: HostingPicture["unplaced"] = [];
  for (const meeting of policy) {
    const host = hostOf(index, meeting);
    const year = yearOf(meeting.date);
    const row = rows.find((r) => r.host === host);
    if (row === undefined || year === undefined) {
      unplaced.push({
        meeting,
        missing:
          host === undefined && year === undefined
            ? "host and year"
            : host === undefined
              ? "host"
              : "year",
      });
      continue;
    }
    row.meetings.push({ meeting, year });
  }
  return { years, rows: rows.filter((r) => r.meetings.length > 0), unplaced };
}

/** A row's meetings by year: one cell per year in which the host held any. */
export function cellsOf(row: HostRow): { year: number; meetings: Meeting[] }[] {
  const byYear = new Map<number, Meeting[]>();
  for (const { meeting, year } of row.meetings) {
    const cell = byYear.get(year);
    if (cell === undefined) byYear.set(year, [meeting]);
    else cell.push(meeting);
  }
  return [...byYear].map(([year, meetings]) => ({ year, meetings }));
}
