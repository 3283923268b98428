import type { DatasetIndex } from "./dataset-index";
import { yearOf } from "./format-date";
import { hostOf, type HostOption } from "./meeting-filter";
import { countryName } from "./meeting-labels";
import { dataText } from "./messages";

// The choices the timeline's filters offer, apart from the filtering itself: only the filters'
// lazy code and the views after the first screen need them.

/** The hosts that occur in the dataset, in the order they first hosted. */
export function hostOptions(index: DatasetIndex): HostOption[] {
  const seen = new Map<string, HostOption>();
  for (const meeting of index.order) {
    const host = hostOf(index, meeting);
    if (host === undefined || seen.has(host)) continue;
    seen.set(host, {
      value: host,
      label: host === "online" ? dataText().online() : countryName(index, host),
    });
  }
  return [...seen.values()];
}

/** The first and last year with a recorded meeting, or undefined when no date is recorded. */
export function yearBounds(index: DatasetIndex): { first: number; last: number } | undefined {
  const years = index.order.flatMap((m) => {
    const year = yearOf(m.date);
    return year === undefined ? [] : [year];
  });
  if (years.length === 0) return undefined;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** Every year from the first recorded meeting's to the last's, in order ([] when none is dated). */
export function yearRange(index: DatasetIndex): number[] {
  const bounds = yearBounds(index);
  if (bounds === undefined) return [];
  return Array.from({ length: bounds.last - bounds.first + 1 }, (_, i) => bounds.first + i);
}
