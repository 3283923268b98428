import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateDataset } from "../../../src/data/validate-dataset";

/** The dataset the app ships, parsed and validated exactly as the app does. */
export function readShippedJson(): unknown {
  return JSON.parse(readFileSync(resolve("public/data/meetings.json"), "utf8"));
}

export const realDataset = validateDataset(readShippedJson());
