import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { BasemapSchema } from "../../../../src/data/basemap-schema";
import { nextBatchEnd, outlinePoints } from "../../../../src/components/venue-map/country-outlines";
import { outlinePieces } from "../../../../src/features/map/outline-pieces";

const basemap = BasemapSchema.parse(
  JSON.parse(readFileSync(resolve("public/data/basemap.json"), "utf8")),
);

test("cut into pieces, every island is drawn once and every country named once", () => {
  const pieces = outlinePieces(basemap.features, 300);
  for (const country of basemap.features) {
    const own = pieces.filter((piece) => piece.part.properties.id === country.properties.id);
    expect(own.flatMap((piece) => piece.part.geometry.coordinates)).toEqual(
      country.geometry.coordinates,
    );
    expect(own.filter((piece) => piece.first)).toHaveLength(1);
    expect(own.every((piece) => piece.part.properties === country.properties)).toBe(true);
  }
  const indonesia = pieces.filter((piece) => piece.part.properties.name === "Indonesia");
  expect(indonesia.length).toBeGreaterThanOrEqual(6);
  // A piece passes the limit only when one polygon alone does (Myanmar's coast has 309 points).
  for (const piece of pieces) {
    if (piece.points > 300) expect(piece.part.geometry.coordinates).toHaveLength(1);
    expect(piece.points).toBe(outlinePoints(piece.part));
  }
});

test("batches of at most 300 points take every piece once, in order", () => {
  const sizes = outlinePieces(basemap.features, 300).map((piece) => piece.points);
  const ends: number[] = [];
  for (let end = 0; end < sizes.length;) {
    const next = nextBatchEnd(sizes, end, 300);
    expect(next).toBeGreaterThan(end);
    const taken = sizes.slice(end, next);
    // Over the budget only when one piece alone is.
    if (taken.length > 1)
      expect(taken.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(300);
    ends.push(next);
    end = next;
  }
  expect(ends.at(-1)).toBe(sizes.length);
  expect(ends.length).toBeGreaterThan(20);
});
