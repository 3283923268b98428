import { lazy, Suspense } from "react";
import { Outlet, useParams } from "react-router";
import { CrashView } from "../components/crash-view";
import { ErrorBoundary } from "../components/error-boundary";
import { useDatasetIndex } from "../data/use-dataset-index";
import { Timeline } from "../features/timeline/timeline";

// The map (its list, legend and, in a further chunk, Leaflet) arrives after the first screen.
const MapPanel = lazy(() => import("../features/map/map-panel"));

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
        <ErrorBoundary fallback={(error) => <CrashView error={error} />}>
          <Suspense fallback={<p className="loading">Loading the venues map…</p>}>
            <MapPanel index={index} selectedId={meetingId} variant="side" />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
