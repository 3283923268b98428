import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { indexDataset } from "../../../../src/data/dataset-index";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { labelSide, markReach } from "../../../../src/components/venue-map/place-mark-layout";
import {
  projectionFor,
  viewAround,
  wholeView,
} from "../../../../src/components/venue-map/venue-map-projection";
import { realDataset } from "../../helpers/real-dataset";

const basemap = BasemapSchema.parse(
  JSON.parse(readFileSync(resolve("public/data/basemap.json"), "utf8")),
);
const { places } = groupMeetingsByPlace(indexDataset(realDataset));

test("on the whole-region map, names stay inside it and off their neighbours", () => {
  const projection = projectionFor(basemap, places);
  const view = wholeView(projection);
  const scale = 1.4;
  const sides = new Map(
    places.map((place) => {
      const at = projection.point(place.lng, place.lat);
      const others = places.filter((p) => p !== place).map((p) => projection.point(p.lng, p.lat));
      return [place.name, labelSide(at, others, view, markReach(place, false) * scale)];
    }),
  );
  expect(sides.get("Tokyo")).toBe("left");
  expect(sides.get("Kuala Lumpur")).toBe("above");
  expect(sides.get("Singapore")).toBe("right");
  expect(sides.get("Bangkok")).toBe("right");
});

test("a long name centred in a slide's window goes above its mark when neither side has room", () => {
  const projection = projectionFor(basemap, places);
  const indonesia = places.find((place) => place.countryOnly);
  if (indonesia === undefined) throw new Error("the shipped dataset lost its country-only place");
  const view = viewAround(projection, indonesia.lng, indonesia.lat, 26);
  const at = projection.point(indonesia.lng, indonesia.lat);
  const scale = 1.4 * (view.width / projection.width);
  expect(labelSide(at, [], view, markReach(indonesia, true) * scale)).toBe("above");
});
