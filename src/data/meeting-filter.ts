import type { DatasetIndex } from "./dataset-index";
import { yearOf } from "./format-date";
import type { Meeting } from "./schema";
import { venueOf } from "./venue-of";

/** A host is a country code, or "online" for meetings held online. */
export type MeetingFilter = { host?: string; from?: number; to?: number };

export type HostOption = { value: string; label: string };

export type FilterResult = {
  meetings: Meeting[];
  /** Meetings left out only because the year filter cannot place them (no recorded date). */
  undatedHidden: number;
};

export function hostOf(index: DatasetIndex, meeting: Meeting): string | undefined {
  if (meeting.location !== "not recorded" && meeting.location.mode === "online") return "online";
  return venueOf(index, meeting)?.country;
}

/**
 * Reads the filter from the address. Values that are not understood are dropped and named, so a
 * shared link with a typo shows the whole timeline and says why.
 */
export function parseFilter(
  params: URLSearchParams,
  index: DatasetIndex,
): { filter: MeetingFilter; ignored: string[]; swapped: boolean } {
  const filter: MeetingFilter = {};
  const ignored: string[] = [];
  const host = params.get("host");
  if (host !== null) {
    if (index.order.some((m) => hostOf(index, m) === host)) filter.host = host;
    else ignored.push(`host=${host}`);
  }
  for (const key of ["from", "to"] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (/^\d{4}$/.test(raw)) filter[key] = Number(raw);
    else ignored.push(`${key}=${raw}`);
  }
  // "From 2016 to 2012" means the years between them: read the other way round, and say so.
  const swapped = filter.from !== undefined && filter.to !== undefined && filter.from > filter.to;
  if (swapped) [filter.from, filter.to] = [filter.to, filter.from];
  return { filter, ignored, swapped };
}

export function filterToParams(filter: MeetingFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.host !== undefined) params.set("host", filter.host);
  if (filter.from !== undefined) params.set("from", String(filter.from));
  if (filter.to !== undefined) params.set("to", String(filter.to));
  return params;
}

export function isFiltered(filter: MeetingFilter): boolean {
  return filter.host !== undefined || filter.from !== undefined || filter.to !== undefined;
}

export function filterMeetings(index: DatasetIndex, filter: MeetingFilter): FilterResult {
  let undatedHidden = 0;
  const yearFiltered = filter.from !== undefined || filter.to !== undefined;
  const meetings = index.order.filter((meeting) => {
    if (filter.host !== undefined && hostOf(index, meeting) !== filter.host) return false;
    if (!yearFiltered) return true;
    const year = yearOf(meeting.date);
    if (year === undefined) {
      undatedHidden += 1;
      return false;
    }
    return (
      (filter.from === undefined || year >= filter.from) &&
      (filter.to === undefined || year <= filter.to)
    );
  });
  return { meetings, undatedHidden };
}
