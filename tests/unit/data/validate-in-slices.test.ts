import fc from "fast-check";
import { expect, test } from "vitest";
import { generateLargeDataset } from "../../../scripts/large-dataset";
import { DatasetError } from "../../../src/data/dataset-error";
import { formatPath } from "../../../src/data/schema-problems";
import { DatasetSchema } from "../../../src/data/schema";
import { validateDataset, validateDatasetYielding } from "../../../src/data/validate-dataset";
import { mutate, mutationArb, toJson } from "../helpers/dataset-mutations";
import { realDataset } from "../helpers/real-dataset";

const large = toJson(generateLargeDataset(250, realDataset));

function problemsOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

test("checked in slices, a dataset's schema problems are those of checking it whole, at the same paths", () => {
  let invalid = 0;
  fc.assert(
    fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
      const json = mutate(large, mutations);
      const whole = DatasetSchema.safeParse(json);
      if (whole.success) return;
      invalid += 1;
      expect(problemsOf(() => validateDataset(json))).toEqual(
        whole.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
      );
    }),
    { numRuns: 400, seed: 11262026 },
  );
  expect(invalid).toBeGreaterThan(200);
}, 30_000);

test("the page gets a turn before it starts and before each slice of 100 meetings, with the same result", async () => {
  let pauses = 0;
  const dataset = await validateDatasetYielding(large, () => {
    pauses += 1;
    return Promise.resolve();
  });
  expect(pauses).toBe(4);
  expect(dataset).toEqual(validateDataset(large));
  expect(dataset.meetings).toHaveLength(250);
});
