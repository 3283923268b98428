import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { placesOnBasemap } from "../../../../src/components/venue-map/places-on-basemap";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { indexDataset } from "../../../../src/data/dataset-index";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { realDataset } from "../../helpers/real-dataset";

const basemap = BasemapSchema.parse(JSON.parse(readFileSync("public/data/basemap.json", "utf8")));
const places = groupMeetingsByPlace(indexDataset(realDataset)).places;

test("the 8th meeting's place, Indonesia with no city, stands where the map names Indonesia, not at Jakarta", () => {
  const shown = placesOnBasemap(places, basemap);
  const indonesia = shown.find((place) => place.key === "ID:country");
  const label = basemap.features.find((country) => country.properties.code === "ID")?.properties
    .label;
  expect(indonesia?.countryOnly).toBe(true);
  expect([indonesia?.lng, indonesia?.lat]).toEqual(label);
  expect(indonesia?.lat).not.toBeCloseTo(-6.2088, 1);
  // Cities stay where the dataset puts them.
  expect(shown.find((place) => place.key === "JP:Tokyo")).toBe(
    places.find((p) => p.key === "JP:Tokyo"),
  );
  // The same places and basemap give the same array, so drawn outlines are reused.
  expect(placesOnBasemap(places, basemap)).toBe(shown);
});
