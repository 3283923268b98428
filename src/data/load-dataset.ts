import { SINGLE_FILE } from "./app-mode";
import { embeddedDataset } from "./embedded-data";
import { nextTask } from "./next-task";
import { openedDataset, setOpenedDataset } from "./opened-dataset";
import type { Dataset } from "./schema";

export const DATASET_URL = `${import.meta.env.BASE_URL}data/meetings.json`;

/** A load that failed before validation: the network or the file, not its content. */
export class DatasetLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetLoadError";
  }
}

/** The validator (zod), and the words problems are named in: a chunk of its own. */
const validator = () => import("./validate-dataset");

/**
 * Fetches, parses and validates the dataset (`url`: the app's `data/meetings.json` under its base
 * path; the one-file build reads the copy inside the page instead). The validator (zod) is a
 * separate chunk fetched in parallel with the file, so it costs the first screen no bytes and no
 * extra round trip; it checks a hundred meetings per task. Every message is written there, in the
 * page's language, once its words have loaded (validate-dataset.ts).
 *
 * @returns the dataset, every reference checked (docs/decisions/001).
 * @throws DatasetLoadError when the file could not be had: no network, or the server answered
 *   with an error status. The view offers Retry.
 * @throws DatasetError when the file is there but unusable: not JSON, or not a valid dataset. Its
 *   `problems` name each fault by path (`meetings[3].location.venueId: …`); the view lists them.
 */
export async function loadDataset(url: string = DATASET_URL): Promise<Dataset> {
  if (openedDataset()?.kept === true) {
    const kept = await keptOpenedDataset();
    if (kept !== undefined) return kept;
    // Cleared by the browser, or written by a version whose format this one no longer reads.
    setOpenedDataset(undefined);
  }
  if (SINGLE_FILE) return (await validator()).validateDatasetYielding(embeddedDataset, nextTask);
  const checker = validator();
  // A failed import is reported where it is awaited; this keeps an early return from leaving it unhandled.
  checker.catch(() => undefined);
  let response: Response | undefined;
  let failure: unknown;
  try {
    response = await fetch(url);
  } catch (cause) {
    failure = cause;
  }
  const text = response?.ok === true ? await response.text() : undefined;
  const { readDatasetText, loadFailure } = await checker;
  if (text === undefined) {
    throw new DatasetLoadError(await loadFailure(url, response?.status ?? failure));
  }
  return readDatasetText(text, url, nextTask);
}

/** The dataset the reader opened and the browser kept (issue 21), validated again; else undefined. */
async function keptOpenedDataset(): Promise<Dataset | undefined> {
  const [{ keptDataset }, { validateDatasetYielding }] = await Promise.all([
    import("./opened-dataset-store"),
    validator(),
  ]);
  const data = await keptDataset();
  if (data === undefined) return undefined;
  try {
    return await validateDatasetYielding(data, nextTask);
  } catch {
    return undefined;
  }
}
