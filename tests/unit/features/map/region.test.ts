import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { regionBounds } from "../../../../src/features/map/region";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { indexDataset } from "../../../../src/data/dataset-index";
import { realDataset } from "../../helpers/real-dataset";

const basemap = BasemapSchema.parse(JSON.parse(readFileSync("public/data/basemap.json", "utf8")));

test("the region runs from Myanmar to Hokkaido and from the south of Java to the north of Japan", () => {
  const places = groupMeetingsByPlace(indexDataset(realDataset)).places;
  const region = regionBounds(basemap, places);
  if (region === undefined) throw new Error("no region");
  const [[south, west], [north, east]] = region;
  // Hokkaido reaches 45.5° N and Myanmar 92.2° E; Indonesia's islands 10.9° S and 141° E.
  expect(north).toBeGreaterThanOrEqual(45.4);
  expect(west).toBeLessThanOrEqual(92.3);
  expect(south).toBeLessThanOrEqual(-10.8);
  expect(east).toBeGreaterThanOrEqual(145.7);
  for (const place of places) {
    expect(place.lat).toBeGreaterThanOrEqual(south);
    expect(place.lat).toBeLessThanOrEqual(north);
  }
});

test("a venue outside the member states widens the region to take it in", () => {
  const region = regionBounds(basemap, [
    {
      key: "x",
      name: "Sydney",
      label: "Sydney",
      countryOnly: false,
      country: "AU",
      lat: -33.9,
      lng: 151.2,
      meetings: [],
    },
  ]);
  expect(region?.[0][0]).toBe(-33.9);
  expect(region?.[1][1]).toBe(151.2);
});
