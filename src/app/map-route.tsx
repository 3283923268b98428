import { StableLink } from "../components/stable-link";

import { useDatasetIndex } from "../data/use-dataset-index";
import MapPanel from "../features/map/map-panel";
import { sharedText } from "../components/first-screen-messages";
import { routeText } from "./route-messages";

export default function MapRoute() {
  const index = useDatasetIndex();
  return (
    <div className="full-map">
      <title>
        {sharedText().pageTitle({ site: sharedText().siteTitle(), title: routeText().mapTitle() })}
      </title>
      <p>
        <StableLink to="/">{routeText().backToTimeline()}</StableLink>
      </p>
      <MapPanel index={index} selectedId={undefined} variant="full" />
    </div>
  );
}
