import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { datasetJsonSchema } from "../../../src/data/dataset-json-schema";

test("the committed JSON Schema matches the zod schema (run `npm run build:schema` if not)", () => {
  const committed = readFileSync(resolve("public/data/meetings.schema.json"), "utf8");
  expect(committed).toBe(datasetJsonSchema());
});
