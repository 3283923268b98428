import type { Basemap } from "../../data/basemap-schema";
import type { Place } from "../../data/venue-groups";

/** South-west and north-east corners as Leaflet takes them: [[lat, lng], [lat, lng]]. */
export type RegionBounds = [[number, number], [number, number]];

/**
 * The region the map must show whole: every ASEAN member state and Japan as the basemap draws them
 * (Myanmar to Hokkaido, Timor Sea to the north of Japan), and every venue, wherever it is. Taken
 * from the data, so a changed basemap or a venue elsewhere moves it; undefined when there is
 * nothing to show.
 */
export function regionBounds(basemap: Basemap, places: readonly Place[]): RegionBounds | undefined {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const take = (lng: number, lat: number) => {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  };
  for (const country of basemap.features) {
    if (country.properties.group === "neighbour") continue;
    for (const polygon of country.geometry.coordinates) {
      for (const ring of polygon) for (const [lng, lat] of ring) take(lng, lat);
    }
  }
  for (const place of places) take(place.lng, place.lat);
  return Number.isFinite(south)
    ? [
        [south, west],
        [north, east],
      ]
    : undefined;
}
