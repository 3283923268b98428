import { toJSONSchema } from "zod/mini";
import { DatasetSchema } from "./schema";

/** The JSON Schema committed beside the dataset, made from the zod schema so the two cannot drift. */
export function datasetJsonSchema(): string {
  const schema = toJSONSchema(DatasetSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify(
    {
      ...schema,
      title: "Japan-ASEAN Cybersecurity Policy Meeting dataset",
      description:
        "Generated from src/data/schema.ts by `npm run build:schema`. Do not edit by hand.",
    },
    null,
    2,
  )}\n`;
}
