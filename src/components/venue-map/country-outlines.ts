import type { Basemap, BasemapCountry } from "../../data/basemap-schema";
import type { Place } from "../../data/venue-groups";
import { projectionFor, svgPath, type Projection } from "./venue-map-projection";

/**
 * The projection for a basemap and its places, each country's number of points, and the outlines'
 * paths computed so far.
 */
export type Outlines = { projection: Projection; sizes: readonly number[]; paths: string[] };

// Each slide mounts a map of its own: the paths are computed once and kept for the next slide.
const kept = new WeakMap<Basemap, WeakMap<readonly Place[], Outlines>>();

export function outlinesFor(basemap: Basemap, places: readonly Place[]): Outlines {
  let forBasemap = kept.get(basemap);
  if (forBasemap === undefined) {
    forBasemap = new WeakMap();
    kept.set(basemap, forBasemap);
  }
  let outlines = forBasemap.get(places);
  if (outlines === undefined) {
    outlines = {
      projection: projectionFor(basemap, places),
      sizes: basemap.features.map(outlinePoints),
      paths: [],
    };
    forBasemap.set(places, outlines);
  }
  return outlines;
}

/** The paths of the first `count` countries, computing any not computed before. */
export function pathsUpTo(outlines: Outlines, basemap: Basemap, count: number): readonly string[] {
  const end = Math.min(count, basemap.features.length);
  for (let i = outlines.paths.length; i < end; i++) {
    const country = basemap.features[i];
    if (country !== undefined)
      outlines.paths.push(svgPath(country.geometry.coordinates, outlines.projection));
  }
  return outlines.paths.slice(0, end);
}

type Polygon = BasemapCountry["geometry"]["coordinates"][number];

/** How many coastline points a polygon has: the measure of the work of drawing it. */
export function polygonPoints(polygon: Polygon): number {
  let points = 0;
  for (const ring of polygon) points += ring.length;
  return points;
}

/** How many coastline points a country's outline has. */
export function outlinePoints(country: BasemapCountry): number {
  let points = 0;
  for (const polygon of country.geometry.coordinates) points += polygonPoints(polygon);
  return points;
}

/**
 * Where the next batch ends, given each item's size: items up to `budget` in all, or one item alone
 * when it is larger, so that each batch is a short task however the work is spread.
 */
export function nextBatchEnd(sizes: readonly number[], from: number, budget: number): number {
  let end = from;
  let taken = 0;
  while (end < sizes.length && (end === from || taken + (sizes[end] ?? 0) <= budget)) {
    taken += sizes[end] ?? 0;
    end++;
  }
  return end;
}
