import { machineDate } from "./format-date";
import type { Country, Dataset, Meeting, Source, Venue } from "./schema";
import { NOT_RECORDED } from "./not-recorded";

export type DatasetIndex = {
  dataset: Dataset;
  /** Every record in the order the timeline shows it. */
  order: readonly Meeting[];
  meetingsById: ReadonlyMap<string, Meeting>;
  venuesById: ReadonlyMap<string, Venue>;
  sourcesById: ReadonlyMap<string, Source>;
  countriesByCode: ReadonlyMap<string, Country>;
};

/**
 * Date keys are ASCII ("2013-09-13"), so code-unit order is date order. `localeCompare` would say the
 * same, but its first call builds a collator: ~20 ms on the page's critical path.
 */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Policy meetings in number order (their dates may be unknown, their order never is), with each
 * related event placed before the first policy meeting known to come after it.
 */
export function timelineOrder(meetings: readonly Meeting[]): Meeting[] {
  const policy = meetings
    .filter((m) => m.kind === "policy-meeting")
    .toSorted((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const related = meetings
    .filter((m) => m.kind === "related-event")
    .toSorted((a, b) => compareKeys(machineDate(a.date) ?? "", machineDate(b.date) ?? ""));

  const order: Meeting[] = [];
  let r = 0;
  for (const meeting of policy) {
    const key = machineDate(meeting.date);
    let event = related[r];
    while (event !== undefined && key !== undefined) {
      const eventKey = machineDate(event.date);
      if (eventKey === undefined || eventKey >= key) break;
      order.push(event);
      r += 1;
      event = related[r];
    }
    order.push(meeting);
  }
  return order.concat(related.slice(r));
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    dataset,
    order: timelineOrder(dataset.meetings),
    meetingsById: new Map(dataset.meetings.map((m) => [m.id, m])),
    venuesById: new Map(dataset.venues.map((v) => [v.id, v])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    // (series-parties.ts says this too; written out here so its phrases stay off the first screen.)
    countriesByCode: new Map(
      (dataset.series.participants === NOT_RECORDED ? [] : dataset.series.participants).map((c) => [
        c.code,
        c,
      ]),
    ),
  };
}

export function neighbours(
  order: readonly Meeting[],
  id: string,
): { previous: Meeting | undefined; next: Meeting | undefined } {
  const i = order.findIndex((m) => m.id === id);
  if (i === -1) return { previous: undefined, next: undefined };
  return { previous: order[i - 1], next: order[i + 1] };
}

/** The policy meeting numbered one after this one, when the dataset has it. */
export function nextPolicyMeeting(
  meetings: readonly Meeting[],
  meeting: Meeting,
): Meeting | undefined {
  if (meeting.number === null) return undefined;
  const wanted = meeting.number + 1;
  return meetings.find((m) => m.kind === "policy-meeting" && m.number === wanted);
}
