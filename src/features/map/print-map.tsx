import { VenueMapSvg } from "../../components/venue-map/venue-map-svg";
import type { Place } from "../../data/venue-groups";

/** The full map on paper: the whole region as a drawing (loaded apart from the screen's map). */
export default function PrintMap({ places }: { places: readonly Place[] }) {
  return (
    <div className="map-panel__print">
      {/* Rendered as printing starts: every outline at once, or the page prints half a map. */}
      <VenueMapSvg places={places} variant="print" allAtOnce />
    </div>
  );
}
