import { lazy, Suspense, useMemo } from "react";
import { ClientOnly } from "../../components/client-only";
import { ErrorBoundary } from "../../components/error-boundary";
import type { DatasetIndex } from "../../data/dataset-index";
import { groupMeetingsByPlace, placeKey, venueOf } from "../../data/venue-groups";

const LeafletMap = lazy(() => import("./leaflet-map"));

/** The map alone (no list or legend), for slides: every venue, the given meeting's selected. */
export default function MapFigure({
  index,
  selectedId,
}: {
  index: DatasetIndex;
  selectedId: string | undefined;
}) {
  const places = useMemo(() => groupMeetingsByPlace(index).places, [index]);
  const meeting = selectedId === undefined ? undefined : index.meetingsById.get(selectedId);
  const venue = meeting === undefined ? undefined : venueOf(index, meeting);
  const loading = <p className="map-figure__loading">Loading the map…</p>;
  return (
    <ErrorBoundary
      fallback={(error) => <p className="map-figure__error">Map unavailable: {error.message}</p>}
    >
      <ClientOnly fallback={loading}>
        <Suspense fallback={loading}>
          <LeafletMap
            places={places}
            selectedKey={venue === undefined ? undefined : placeKey(venue)}
            withTiles={false}
          />
        </Suspense>
      </ClientOnly>
    </ErrorBoundary>
  );
}
