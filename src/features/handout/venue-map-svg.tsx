import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { basemapQuery } from "../../data/basemap-query";
import type { Basemap } from "../../data/basemap-schema";
import { meetingCountLabel, type Place } from "../../data/venue-groups";
import { projectionFor, svgPath, type Projection } from "./venue-map-projection";

/**
 * The venue map drawn as plain SVG: Leaflet's tiles and transforms print badly, while SVG prints
 * crisply at any size and needs nothing but the bundled basemap.
 */
export function VenueMapSvg({ places }: { places: readonly Place[] }) {
  const basemap = useQuery(basemapQuery);
  if (basemap.isPending) return <p className="handout-map__status">Loading the map…</p>;
  if (basemap.isError) {
    return <p className="handout-map__status">Map unavailable: {basemap.error.message}</p>;
  }
  return <MapDrawing outlines={basemap.data} places={places} />;
}

function MapDrawing({ outlines, places }: { outlines: Basemap; places: readonly Place[] }) {
  const projection = useMemo(() => projectionFor(outlines, places), [outlines, places]);
  const countries = useMemo(
    () =>
      outlines.features.map((country) => ({
        id: country.properties.id,
        group: country.properties.group,
        d: svgPath(country.geometry.coordinates, projection),
      })),
    [outlines, projection],
  );
  return (
    <svg
      className="handout-map"
      viewBox={`0 0 ${projection.width} ${projection.height}`}
      role="img"
      aria-labelledby="handout-map-title handout-map-desc"
    >
      <title id="handout-map-title">Map of the meeting venues</title>
      <desc id="handout-map-desc">
        {`${places.length} places in ASEAN member states and Japan, each marked with the number of meetings held there; the list below the map names them.`}
      </desc>
      <rect className="handout-map__sea" width={projection.width} height={projection.height} />
      {countries.map((country) => (
        <path
          key={country.id}
          className={`handout-map__country handout-map__country--${country.group}`}
          d={country.d}
        />
      ))}
      {places.map((place) => (
        <PlaceMark key={place.key} place={place} projection={projection} />
      ))}
    </svg>
  );
}

function PlaceMark({ place, projection }: { place: Place; projection: Projection }) {
  const [x, y] = projection.point(place.lng, place.lat);
  const r = 9 + 2 * Math.sqrt(place.meetings.length);
  return (
    <g className={`handout-map__place${place.countryOnly ? " handout-map__place--country" : ""}`}>
      <circle cx={x} cy={y} r={r} />
      <text className="handout-map__count" x={x} y={y} dy="0.35em" textAnchor="middle">
        {place.meetings.length}
      </text>
      <text className="handout-map__label" x={x + r + 4} y={y} dy="0.35em">
        {place.countryOnly ? `${place.name} (country only)` : place.name}
        <title>{`${place.label}: ${meetingCountLabel(place.meetings.length)}`}</title>
      </text>
    </g>
  );
}
