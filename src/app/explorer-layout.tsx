import { Outlet, useParams } from "react-router";
import { useDatasetIndex } from "../data/use-dataset-index";
import { MapPanel } from "../features/map/map-panel";
import { Timeline } from "../features/timeline/timeline";

/** The timeline beside whatever the route shows: the overview, or a meeting's details. */
export function ExplorerLayout() {
  const index = useDatasetIndex();
  const { meetingId } = useParams();
  return (
    <div className="explorer">
      <Timeline index={index} selectedId={meetingId} />
      <div className="explorer__content">
        <Outlet />
      </div>
      <div className="explorer__map">
        <MapPanel index={index} selectedId={meetingId} variant="side" />
      </div>
    </div>
  );
}
