import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../src/data/basemap-schema";
import { DatasetError } from "../../../src/data/dataset-error";
import { validateBasemapYielding } from "../../../src/data/validate-basemap";

const shipped: unknown = JSON.parse(readFileSync(resolve("public/data/basemap.json"), "utf8"));

const noPause = () => Promise.resolve();

test("checked a slice at a time, the shipped basemap comes out as one whole check gives it", async () => {
  let pauses = 0;
  const basemap = await validateBasemapYielding(shipped, () => {
    pauses++;
    return Promise.resolve();
  });
  expect(basemap).toEqual(BasemapSchema.parse(shipped));
  expect(pauses).toBeGreaterThanOrEqual(5);
});

test("a broken country far down the file is named by its place in the file", async () => {
  const basemap = BasemapSchema.parse(shipped);
  const broken = {
    ...basemap,
    features: basemap.features.map((country, i) =>
      i === 43 ? { ...country, geometry: { type: "Polygon", coordinates: [] } } : country,
    ),
  };
  const failure = validateBasemapYielding(broken, noPause);
  await expect(failure).rejects.toThrow(DatasetError);
  await expect(failure).rejects.toThrow(
    /The basemap file is not valid:\n {2}features\[43\]\.geometry\.type: /,
  );
});

test("a basemap that is not a feature collection says what is missing", async () => {
  await expect(validateBasemapYielding({ type: "Topology" }, noPause)).rejects.toThrow(
    /type: .*\n {2}attribution: /s,
  );
});
