import fc from "fast-check";
import { expect, test } from "vitest";
import { DatasetError } from "../../../src/data/dataset-error";
import { validateDataset } from "../../../src/data/validate-dataset";
import { mutate, mutationArb, toJson, type Json } from "../helpers/dataset-mutations";
import { buildDataset, buildMeeting } from "../helpers/builders";
import { readShippedJson } from "../helpers/real-dataset";

const shipped = toJson(readShippedJson());

/** What every outcome must be: a dataset, or a DatasetError whose every problem names a path. */
function checkOutcome(json: Json): "valid" | "invalid" {
  try {
    validateDataset(json);
    return "valid";
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    const problems = error instanceof DatasetError ? error.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.path).toMatch(/\S/);
      expect(p.message).toMatch(/\S/);
    }
    return "invalid";
  }
}

test("10,000 mutated datasets: each is valid or a DatasetError naming paths, never a crash", () => {
  const outcomes = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
      outcomes[checkOutcome(mutate(shipped, mutations))] += 1;
    }),
    { numRuns: 10_000, seed: 20261126 },
  );
  expect(outcomes.valid + outcomes.invalid).toBe(10_000);
  // Both branches must be exercised, or the property proves little.
  expect(outcomes.invalid).toBeGreaterThan(5_000);
  expect(outcomes.valid).toBeGreaterThan(50);
}, 120_000);

test("anything at all in place of the dataset is a DatasetError, not a crash", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      checkOutcome(toJson(value));
    }),
    { numRuns: 2_000, seed: 7 },
  );
});

test("10,000 meetings validate, and a dangling reference among them is named", () => {
  const base = buildDataset();
  const meetings = Array.from({ length: 10_000 }, (_, i) =>
    buildMeeting({ number: i + 1, title: `Meeting ${i + 1}` }),
  );
  expect(validateDataset({ ...base, meetings }).meetings).toHaveLength(10_000);
  const broken = meetings.map((m, i) =>
    i === 9_999 ? { ...m, location: { mode: "in-person", venueId: "nowhere" } } : m,
  );
  expect(() => validateDataset({ ...base, meetings: broken })).toThrow(
    /meetings\[9999\]\.location\.venueId: no venue has the id "nowhere"/,
  );
});
