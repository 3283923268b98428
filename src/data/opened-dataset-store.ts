import { createStore, del, get, set } from "idb-keyval";
import type { Dataset } from "./schema";

/**
 * The opened dataset's data in IndexedDB (idb-keyval), kept across reloads and offline. Loaded only
 * when a dataset is opened or a kept one is shown, so the first screen carries none of it.
 */
const store = () => createStore("ajcpm-opened-dataset", "datasets");
const KEY = "current";

/**
 * Keeps `dataset` (the validated data; the bundled file is never touched). Resolves false where the
 * browser refuses (a private window, a full quota, some browsers for a file opened from disk).
 */
export async function keepDataset(dataset: Dataset): Promise<boolean> {
  try {
    await set(KEY, dataset, store());
    return true;
  } catch {
    return false;
  }
}

/**
 * The kept data as stored, to be validated again by the caller (it may come from an older version
 * of the app). Resolves undefined when nothing is kept or storage cannot be read.
 */
export async function keptDataset(): Promise<unknown> {
  try {
    return await get(KEY, store());
  } catch {
    return undefined;
  }
}

/** Forgets the kept data ("Return to the bundled dataset"); a refusal leaves nothing to undo. */
export async function forgetDataset(): Promise<void> {
  try {
    await del(KEY, store());
  } catch {
    // Nothing was kept, or storage is off: there is nothing to forget.
  }
}
