// Builds public/data/basemap.json: country outlines for ASEAN, Japan and their neighbours, from Natural Earth
// 1:50m (world-atlas), clipped to the region, simplified and rounded so the map needs no tile server.
// Run with `npm run build:basemap`; the output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
);

/** The region drawn: from Myanmar's west to Japan's east, from Timor to Hokkaido. */
const BOX = { west: 40, east: 180, south: -45, north: 60 };
const TOLERANCE = 0.025; // degrees, Douglas–Peucker, for the 11 participants
const NEIGHBOUR_TOLERANCE = 0.15; // neighbours are context only, drawn faintly
const MIN_RING_AREA = 0.02; // square degrees; smaller islands are dropped unless the country is tiny
const PRECISION = 100; // two decimals, about 1 km

/** Where a country's name is written, where its centroid would sit under a venue marker. */
const LABEL_AT = {
  JP: [137.2, 37.6],
  TH: [100.4, 16.6],
  PH: [122.3, 17.2],
  MY: [113.8, 2.6],
  BN: [114.9, 4.6],
  VN: [109.4, 14.2],
  ID: [114.0, -1.4],
  SG: [103.82, 1.35],
};

/** ISO 3166 numeric → alpha-2, for the 11 participants (Natural Earth ids are numeric). */
const PARTICIPANTS = {
  "096": ["BN", "asean"],
  116: ["KH", "asean"],
  360: ["ID", "asean"],
  418: ["LA", "asean"],
  458: ["MY", "asean"],
  104: ["MM", "asean"],
  608: ["PH", "asean"],
  702: ["SG", "asean"],
  764: ["TH", "asean"],
  704: ["VN", "asean"],
  392: ["JP", "japan"],
};

/** Rings that cross the antimeridian (Russia, Fiji) are unwrapped eastward so clipping sees one side. */
function unwrap(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat]) : ring;
}

function clipRing(ring) {
  const edges = [
    (p) => p[0] >= BOX.west,
    (p) => p[0] <= BOX.east,
    (p) => p[1] >= BOX.south,
    (p) => p[1] <= BOX.north,
  ];
  const cut = [
    (a, b) => lerpAt(a, b, 0, BOX.west),
    (a, b) => lerpAt(a, b, 0, BOX.east),
    (a, b) => lerpAt(a, b, 1, BOX.south),
    (a, b) => lerpAt(a, b, 1, BOX.north),
  ];
  let out = ring;
  for (let e = 0; e < 4; e += 1) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i += 1) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      const curIn = edges[e](cur);
      const prevIn = edges[e](prev);
      if (curIn) {
        if (!prevIn) out.push(cut[e](prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(cut[e](prev, cur));
      }
    }
    if (out.length === 0) return [];
  }
  return out;
}

function lerpAt(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i += 1) {
      const d = segmentDistance(points[i], points[first], points[last]);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (maxDist > tolerance && index !== -1) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function centroid(ring) {
  const a = area(ring);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [round(cx / (6 * a)), round(cy / (6 * a))];
}

const round = (n) => Math.round(n * PRECISION) / PRECISION;

function dedupe(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const countries = feature(topology, topology.objects.countries).features;
const features = [];
for (const country of countries) {
  if (country.geometry === null) continue;
  const participant = PARTICIPANTS[country.id];
  const tiny = participant !== undefined && (participant[0] === "SG" || participant[0] === "BN");
  const polygons =
    country.geometry.type === "Polygon"
      ? [country.geometry.coordinates]
      : country.geometry.coordinates;
  const kept = [];
  let largest = null;
  for (const polygon of polygons) {
    // Holes (lakes) are left out: at this scale they only cost bytes.
    const outer = clipRing(unwrap(polygon[0].slice(0, -1)));
    if (outer.length < 3) continue;
    const ringArea = Math.abs(area(outer));
    if (!tiny && ringArea < (participant === undefined ? MIN_RING_AREA * 10 : MIN_RING_AREA))
      continue;
    const tolerance = participant === undefined ? NEIGHBOUR_TOLERANCE : TOLERANCE;
    const simple = dedupe(tiny ? outer : simplify(outer, tolerance));
    if (simple.length < 3) continue;
    if (largest === null || ringArea > largest.area) largest = { area: ringArea, ring: simple };
    kept.push([[...simple, simple[0]]]);
  }
  if (kept.length === 0 || largest === null) continue;
  features.push({
    type: "Feature",
    properties: {
      id: country.id ?? country.properties.name,
      name: country.properties.name,
      code: participant?.[0] ?? null,
      group: participant?.[1] ?? "neighbour",
      label: LABEL_AT[participant?.[0]] ?? centroid(largest.ring),
    },
    geometry: { type: "MultiPolygon", coordinates: kept },
  });
}

const missing = Object.values(PARTICIPANTS)
  .map(([code]) => code)
  .filter((code) => !features.some((f) => f.properties.code === code));
if (missing.length > 0) throw new Error(`basemap is missing participants: ${missing.join(", ")}`);

const out = {
  type: "FeatureCollection",
  attribution: "Country outlines: Natural Earth (public domain), via world-atlas 2.0.2",
  bbox: [BOX.west, BOX.south, BOX.east, BOX.north],
  features,
};
const text = JSON.stringify(out);
writeFileSync(new URL("../public/data/basemap.json", import.meta.url), `${text}\n`);
console.log(
  `basemap.json: ${features.length} countries, ${(text.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
