import type { Basemap } from "../../data/basemap-schema";
import type { Place } from "../../data/venue-groups";

export type Projection = {
  width: number;
  height: number;
  point: (lng: number, lat: number) => [number, number];
};

export type ViewBox = { x: number; y: number; width: number; height: number };

type Bounds = { west: number; east: number; south: number; north: number };

const UNITS_PER_DEGREE = 10;
const MARGIN_DEGREES = 2;

/** The extent of ASEAN and Japan (and of every venue, should a dataset place one elsewhere). */
export function mapBounds(basemap: Basemap, places: readonly Place[]): Bounds {
  const bounds = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  const include = (lng: number, lat: number) => {
    bounds.west = Math.min(bounds.west, lng);
    bounds.east = Math.max(bounds.east, lng);
    bounds.south = Math.min(bounds.south, lat);
    bounds.north = Math.max(bounds.north, lat);
  };
  for (const country of basemap.features) {
    if (country.properties.group === "neighbour") continue;
    for (const polygon of country.geometry.coordinates)
      for (const ring of polygon) for (const [lng, lat] of ring) include(lng, lat);
  }
  for (const place of places) include(place.lng, place.lat);
  if (!Number.isFinite(bounds.west)) return { west: 90, east: 150, south: -12, north: 47 };
  return {
    west: bounds.west - MARGIN_DEGREES,
    east: bounds.east + MARGIN_DEGREES,
    south: bounds.south - MARGIN_DEGREES,
    north: bounds.north + MARGIN_DEGREES,
  };
}

/**
 * An equirectangular projection squeezed by the cosine of the middle latitude: at this extent it
 * keeps shapes close enough for a handout, and it is a few lines of arithmetic rather than a library.
 */
export function projectionFor(basemap: Basemap, places: readonly Place[]): Projection {
  const { west, east, south, north } = mapBounds(basemap, places);
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: round((east - west) * squeeze * UNITS_PER_DEGREE),
    height: round((north - south) * UNITS_PER_DEGREE),
    point: (lng, lat) => [
      round((lng - west) * squeeze * UNITS_PER_DEGREE),
      round((north - lat) * UNITS_PER_DEGREE),
    ],
  };
}

/** The whole drawing. */
export function wholeView(projection: Projection): ViewBox {
  return { x: 0, y: 0, width: projection.width, height: projection.height };
}

/**
 * A square window `degrees` of latitude high with the point at its middle, as a slide's map zooms in
 * on the meeting's place. It is not pulled back inside the drawing: the place stays in the middle
 * and the sea around the region simply continues.
 */
export function viewAround(
  projection: Projection,
  lng: number,
  lat: number,
  degrees: number,
): ViewBox {
  const size = degrees * UNITS_PER_DEGREE;
  const [x, y] = projection.point(lng, lat);
  return { x: x - size / 2, y: y - size / 2, width: size, height: size };
}

export function svgPath(
  polygons: Basemap["features"][number]["geometry"]["coordinates"],
  projection: Projection,
): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach(([lng, lat], i) => {
        const [x, y] = projection.point(lng, lat);
        parts.push(`${i === 0 ? "M" : "L"}${x} ${y}`);
      });
      parts.push("Z");
    }
  }
  return parts.join("");
}
