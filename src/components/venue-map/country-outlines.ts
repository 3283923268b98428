import type { Basemap } from "../../data/basemap-schema";
import type { Place } from "../../data/venue-groups";
import { projectionFor, svgPath, type Projection } from "./venue-map-projection";

/** The projection for a basemap and its places, and the outlines' paths computed so far. */
export type Outlines = { projection: Projection; paths: string[] };

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
    outlines = { projection: projectionFor(basemap, places), paths: [] };
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

/**
 * Where the next batch of countries ends: at least one country, then countries until about
 * `points` points, so that each batch is a short task however the coastlines are spread.
 */
export function nextBatchEnd(basemap: Basemap, from: number, points: number): number {
  let end = from;
  let taken = 0;
  while (end < basemap.features.length && (end === from || taken < points)) {
    const country = basemap.features[end];
    if (country !== undefined)
      for (const polygon of country.geometry.coordinates)
        for (const ring of polygon) taken += ring.length;
    end++;
  }
  return end;
}
