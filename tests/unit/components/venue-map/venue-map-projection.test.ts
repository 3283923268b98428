import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { indexDataset } from "../../../../src/data/dataset-index";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { projectionFor } from "../../../../src/components/venue-map/venue-map-projection";
import { realDataset } from "../../helpers/real-dataset";

const basemap = BasemapSchema.parse(
  JSON.parse(readFileSync(resolve("public/data/basemap.json"), "utf8")),
);
const { places } = groupMeetingsByPlace(indexDataset(realDataset));

test("every venue falls inside the printed map, north up and west left", () => {
  const projection = projectionFor(basemap, places);
  for (const place of places) {
    const [x, y] = projection.point(place.lng, place.lat);
    expect(x, place.label).toBeGreaterThan(0);
    expect(x, place.label).toBeLessThan(projection.width);
    expect(y, place.label).toBeGreaterThan(0);
    expect(y, place.label).toBeLessThan(projection.height);
  }
  const tokyo = places.find((p) => p.name === "Tokyo");
  const singapore = places.find((p) => p.name === "Singapore");
  expect(tokyo && singapore).toBeTruthy();
  if (tokyo && singapore) {
    const [tx, ty] = projection.point(tokyo.lng, tokyo.lat);
    const [sx, sy] = projection.point(singapore.lng, singapore.lat);
    expect(tx).toBeGreaterThan(sx);
    expect(ty).toBeLessThan(sy);
  }
});

test("a venue outside ASEAN and Japan widens the map rather than falling off it", () => {
  const [first] = places;
  if (first === undefined) throw new Error("the shipped dataset has no venues");
  const farAway = { ...first, key: "far", lat: -40, lng: 175 };
  const projection = projectionFor(basemap, [...places, farAway]);
  const [x, y] = projection.point(farAway.lng, farAway.lat);
  expect(x).toBeLessThan(projection.width);
  expect(y).toBeLessThan(projection.height);
});
