import { expect, test, vi } from "vitest";
import { DatasetError } from "../../../src/data/dataset-error";
import { DatasetLoadError, loadDataset } from "../../../src/data/load-dataset";
import { buildDataset } from "../helpers/builders";

function serve(body: string, status = 200) {
  vi.stubGlobal("fetch", () => Promise.resolve(new Response(body, { status })));
}

test("a good file loads into a validated dataset", async () => {
  serve(JSON.stringify(buildDataset()));
  await expect(loadDataset("/data.json")).resolves.toEqual(buildDataset());
});

test("a server error becomes a load error that names the file and status", async () => {
  serve("gone", 404);
  await expect(loadDataset("/data.json")).rejects.toThrow(
    new DatasetLoadError("Could not load /data.json: the server answered 404."),
  );
});

test("a network failure becomes a load error", async () => {
  vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
  await expect(loadDataset("/data.json")).rejects.toBeInstanceOf(DatasetLoadError);
});

test("a file that is not JSON is a dataset error, not a crash", async () => {
  serve("{ not json");
  const error: unknown = await loadDataset("/data.json").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetError);
  expect(error instanceof DatasetError ? error.problems[0]?.path : "").toBe("/data.json");
});
