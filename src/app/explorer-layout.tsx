import { sharedText } from "../components/first-screen-messages";
import { withCatalogs } from "../data/i18n/catalogs";
import { lazy, Suspense } from "react";
import { Outlet, useLocation, useParams } from "react-router";
import { ErrorBoundary } from "../components/error-boundary";
import { RegionError } from "../components/region-error";
import { useDatasetIndex } from "../data/use-dataset-index";
import { RouteLoading } from "./route-loading";
import { Timeline } from "../features/timeline/timeline";

// The map (its list, legend and, in a further chunk, Leaflet) arrives after the first screen.
const MapPanel = lazy(() => import("../features/map/map-panel").then(withCatalogs));

/**
 * The timeline beside whatever the route shows (the overview, or a meeting's details) and the map.
 * Each region has its own error boundary, so one failing leaves the others working.
 */
export function ExplorerLayout() {
  const index = useDatasetIndex();
  const { meetingId } = useParams();
  const { pathname } = useLocation();
  return (
    <div className="explorer">
      <ErrorBoundary
        fallback={(error, retry) => (
          <RegionError region={sharedText().regionTimeline()} error={error} onRetry={retry} />
        )}
      >
        <Timeline index={index} selectedId={meetingId} />
      </ErrorBoundary>
      <div className="explorer__content">
        <ErrorBoundary
          resetKey={pathname}
          fallback={(error, retry) => (
            <RegionError region={sharedText().regionDetails()} error={error} onRetry={retry} />
          )}
        >
          <Suspense fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </div>
      <div className="explorer__map">
        <ErrorBoundary
          fallback={(error, retry) => (
            <RegionError region={sharedText().regionMap()} error={error} onRetry={retry} />
          )}
        >
          {/* No placeholder: one would be pushed down, a layout shift, when the content above it arrives. */}
          <Suspense fallback={null}>
            <MapPanel index={index} selectedId={meetingId} variant="side" />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
