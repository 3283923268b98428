import type { DatasetIndex } from "./dataset-index";
import type { Dataset, Meeting } from "./schema";

/**
 * The dataset with only the given meetings (for an export of what is on screen): still a valid
 * dataset, since relations to meetings left out are dropped; sources and venues are kept whole.
 */
export function datasetOf(index: DatasetIndex, meetings: readonly Meeting[]): Dataset {
  const kept = new Set(meetings.map((meeting) => meeting.id));
  return {
    ...index.dataset,
    meetings: index.dataset.meetings
      .filter((meeting) => kept.has(meeting.id))
      .map((meeting) => ({
        ...meeting,
        related: meeting.related.filter((relation) => kept.has(relation.meetingId)),
      })),
  };
}
