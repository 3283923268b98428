import { useMemo } from "react";
import { VenueMapSvg } from "../../components/venue-map/venue-map-svg";
import type { DatasetIndex } from "../../data/dataset-index";
import { groupMeetingsByPlace, placeKeyOfMeeting } from "../../data/venue-groups";
import { presentText } from "./messages";

/**
 * A slide's venue map (decision 011): the whole region, or centred on `meetingId`'s place, which is
 * ringed and named in bold.
 */
export function SlideMap({ index, meetingId }: { index: DatasetIndex; meetingId?: string }) {
  const places = useMemo(() => groupMeetingsByPlace(index).places, [index]);
  return (
    <>
      <VenueMapSvg
        places={places}
        selectedKey={placeKeyOfMeeting(index, meetingId)}
        variant="slide"
      />
      <p className="slide__map-key">{presentText().mapKey()}</p>
    </>
  );
}
