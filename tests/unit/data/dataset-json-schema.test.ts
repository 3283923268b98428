import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { datasetJsonSchema } from "../../../src/data/dataset-json-schema";
import { validateDataset } from "../../../src/data/validate-dataset";

test("the committed JSON Schema matches the zod schema (run `npm run build:schema` if not)", () => {
  const committed = readFileSync(resolve("public/data/meetings.schema.json"), "utf8");
  expect(committed).toBe(datasetJsonSchema());
});

test("the JSON Schema, read by an independent validator, accepts the shipped file and refuses days not in the calendar", () => {
  const schema: unknown = JSON.parse(
    readFileSync(resolve("public/data/meetings.schema.json"), "utf8"),
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(Object(schema));
  const shipped: unknown = JSON.parse(readFileSync(resolve("public/data/meetings.json"), "utf8"));
  expect(validate(shipped), JSON.stringify(validate.errors)).toBe(true);
  const dataset = validateDataset(shipped);
  for (const start of ["2014-13-45", "2015-02-29"]) {
    const [first, ...rest] = dataset.meetings;
    if (first === undefined) throw new Error("the shipped dataset has no meetings");
    const json = {
      ...dataset,
      meetings: [{ ...first, date: { precision: "day", start } }, ...rest],
    };
    expect(validate(json)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain("/meetings/0/date/start");
  }
});
