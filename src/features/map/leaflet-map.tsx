import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import "leaflet/dist/leaflet.css";
import type { LatLngBoundsLiteral } from "leaflet";
import { MapContainer, TileLayer } from "react-leaflet";
import { placesOnBasemap } from "../../components/venue-map/places-on-basemap";
import { basemapQuery } from "../../data/basemap-query";
import type { Place } from "../../data/venue-groups";
import { BasemapLayer } from "./basemap-layer";
import { PlaceMarker } from "./place-marker";
import { KeepInsideBasemap, REGION_PADDING } from "./keep-inside-basemap";
import { regionBounds, type RegionBounds } from "./region";
import { FollowBoxSize, KeepLabelsClear, TilesShown, ZoomLimit } from "./map-settings";
import { SteerToPlace } from "./steer-to-place";
import "./leaflet-map.css";
import { mapText } from "./messages";

/** Where the map opens if the basemap names no member state at all. */
const FALLBACK_REGION: RegionBounds = [
  [-11, 92],
  [46, 146],
];

export const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"; // the CSP allows this host

/** The Leaflet part of the map, loaded lazily so the timeline works before Leaflet arrives. */
export default function LeafletMap({
  places: datasetPlaces,
  selectedKey,
  withTiles,
  countryNames,
}: {
  places: readonly Place[];
  selectedKey: string | undefined;
  withTiles: boolean;
  /** Country labels in the page's language, by code, where the dataset gives them so. */
  countryNames: ReadonlyMap<string, string>;
}) {
  const basemap = useSuspenseQuery(basemapQuery).data;
  const places = placesOnBasemap(datasetPlaces, basemap);
  // One array per basemap: a new one each render would re-run KeepInsideBasemap's effect.
  const drawnRegion = useMemo<LatLngBoundsLiteral>(() => {
    const [west, south, east, north] = basemap.bbox;
    return [
      [south, west],
      [north, east],
    ];
  }, [basemap]);
  const region = useMemo(() => regionBounds(basemap, places) ?? FALLBACK_REGION, [basemap, places]);
  const selected = places.find((p) => p.key === selectedKey);
  return (
    <MapContainer
      className="leaflet-map"
      bounds={region}
      boundsOptions={{ padding: REGION_PADDING }}
      maxBounds={drawnRegion}
      maxBoundsViscosity={1}
      // The deepest zoom follows the tiles switch: ZoomLimit sets it after mount.
      maxZoom={9}
      zoomSnap={0.25}
      // Leaflet 1.9.4 runs its zoom-transition timer after the map is removed (Leaflet#9575), which
      // throws when a route change unmounts the map mid-zoom; zoom steps are instant instead.
      zoomAnimation={false}
      attributionControl
      aria-label={mapText().leafletLabel()}
    >
      {withTiles ? (
        <TileLayer
          url={TILE_URL}
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
        />
      ) : null}
      <BasemapLayer basemap={basemap} countryNames={countryNames} />
      {places.map((place) => (
        <PlaceMarker key={place.key} place={place} selected={place.key === selectedKey} />
      ))}
      <ZoomLimit max={withTiles ? 18 : 9} />
      <TilesShown shown={withTiles} />
      <FollowBoxSize />
      <KeepLabelsClear />
      <KeepInsideBasemap
        basemapBounds={drawnRegion}
        region={region}
        fitOnResize={selected === undefined}
      />
      <SteerToPlace lat={selected?.lat} lng={selected?.lng} />
    </MapContainer>
  );
}
