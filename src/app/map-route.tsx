import { StableLink } from "../components/stable-link";

import { useDatasetIndex } from "../data/use-dataset-index";
import MapPanel from "../features/map/map-panel";

export default function MapRoute() {
  const index = useDatasetIndex();
  return (
    <div className="full-map">
      <title>Venues map — Japan-ASEAN Cybersecurity Policy Meetings</title>
      <p>
        <StableLink to="/">← Back to the timeline</StableLink>
      </p>
      <MapPanel index={index} selectedId={undefined} variant="full" />
    </div>
  );
}
