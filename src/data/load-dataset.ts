import { DatasetError } from "./dataset-error";
import { validateDataset } from "./validate-dataset";
import type { Dataset } from "./schema";

export const DATASET_URL = `${import.meta.env.BASE_URL}data/meetings.json`;

/** A load that failed before validation: the network or the file, not its content. */
export class DatasetLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetLoadError";
  }
}

export async function loadDataset(url: string = DATASET_URL): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DatasetLoadError(
      `Could not load ${url}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${url}: the server answered ${response.status}.`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DatasetError(
      [
        {
          path: url,
          message: `is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
        },
      ],
      "The dataset file cannot be read",
    );
  }
  return validateDataset(json);
}
