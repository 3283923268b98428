import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { indexDataset } from "../../../../src/data/dataset-index";
import { groupMeetingsByPlace } from "../../../../src/data/venue-groups";
import { labelSide, markReach } from "../../../../src/components/venue-map/place-mark-layout";
import {
  projectionFor,
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
