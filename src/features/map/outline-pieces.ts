import type { BasemapCountry } from "../../data/basemap-schema";
import { polygonPoints } from "../../components/venue-map/country-outlines";

/** A part of one country's outline, drawn by Leaflet as a layer of its own. */
export type OutlinePiece = {
  key: string;
  /** The country with only this piece's polygons. */
  part: BasemapCountry;
  points: number;
  /** True for the country's first piece, which carries its label. */
  first: boolean;
};

/**
 * The countries cut into pieces of whole polygons of at most about `maxPoints` points (a single
 * larger polygon stays whole). Leaflet projects, clips and draws a layer in one go: Indonesia's 82
 * islands as one layer were one long task; as pieces they spread over several.
 */
export function outlinePieces(
  countries: readonly BasemapCountry[],
  maxPoints: number,
): OutlinePiece[] {
  const pieces: OutlinePiece[] = [];
  for (const country of countries) {
    let polygons: BasemapCountry["geometry"]["coordinates"] = [];
    let points = 0;
    let count = 0;
    const close = () => {
      pieces.push({
        key: `${country.properties.id}-${String(count)}`,
        part: { ...country, geometry: { ...country.geometry, coordinates: polygons } },
        points,
        first: count === 0,
      });
      count += 1;
      polygons = [];
      points = 0;
    };
    for (const polygon of country.geometry.coordinates) {
      const size = polygonPoints(polygon);
      if (polygons.length > 0 && points + size > maxPoints) close();
      polygons.push(polygon);
      points += size;
    }
    if (polygons.length > 0) close();
  }
  return pieces;
}
