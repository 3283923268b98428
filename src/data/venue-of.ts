import type { DatasetIndex } from "./dataset-index";
import type { Meeting, Venue } from "./schema";

/**
 * The venue a meeting was held at, when it was in person and the venue is known. In a module of
 * its own so the timeline's filter needs none of the map's grouping code on the first screen.
 */
export function venueOf(index: DatasetIndex, meeting: Meeting): Venue | undefined {
  if (meeting.location === "not recorded" || meeting.location.mode === "online") return undefined;
  return index.venuesById.get(meeting.location.venueId);
}
