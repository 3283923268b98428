import { DatasetError } from "../../../src/data/dataset-error";

/** The problems a rejected read names, as "path: message" lines; fails if it was not rejected so. */
export async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error("expected a DatasetError");
}
