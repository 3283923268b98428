import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/data/dataset-json-schema";

const target = new URL("../public/data/meetings.schema.json", import.meta.url);
writeFileSync(target, datasetJsonSchema());
console.log(`Wrote ${target.pathname}`);
