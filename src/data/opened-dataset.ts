/**
 * Which dataset the app shows when it is not the bundled one: a file the reader opened (issue 21).
 * The marker (name, fingerprint, whether the browser keeps it) lives in localStorage so that the
 * first screen learns synchronously, for a few bytes, whether to look in IndexedDB at all; the data
 * itself lives in IndexedDB (opened-dataset-store.ts, loaded only then).
 */
export type OpenedDataset = {
  /** The file's name, as the reader's system gave it. */
  name: string;
  /** datasetFingerprint of what was opened: a link copied while viewing it carries this. */
  fingerprint: string;
  /** False where the browser refused to store it: it is shown until the page is closed. */
  kept: boolean;
};

const KEY = "ajcpm.opened-dataset";
/** The query parameters a copied link carries while an opened dataset is shown: its fingerprint and name. */
export const OPENED_PARAM = "dataset";
export const OPENED_NAME_PARAM = "dataset-name";

let current: OpenedDataset | undefined;
let read = false;
const listeners = new Set<() => void>();

function parse(text: string | null): OpenedDataset | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const name: unknown = Reflect.get(value, "name");
    const fingerprint: unknown = Reflect.get(value, "fingerprint");
    return typeof name === "string" && typeof fingerprint === "string"
      ? { name, fingerprint, kept: true }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The opened dataset, or undefined when the bundled one is shown. */
export function openedDataset(): OpenedDataset | undefined {
  if (!read) {
    read = true;
    try {
      current = parse(window.localStorage.getItem(KEY));
    } catch {
      current = undefined;
    }
  }
  return current;
}

/**
 * Records what is shown (undefined: the bundled dataset). A kept dataset is remembered across
 * reloads; where localStorage refuses, `kept` is turned false so the banner can say so.
 */
export function setOpenedDataset(opened: OpenedDataset | undefined): OpenedDataset | undefined {
  read = true;
  current = opened;
  try {
    if (opened === undefined || !opened.kept) window.localStorage.removeItem(KEY);
    else
      window.localStorage.setItem(
        KEY,
        JSON.stringify({ name: opened.name, fingerprint: opened.fingerprint }),
      );
  } catch {
    if (current !== undefined) current = { ...current, kept: false };
  }
  for (const listener of listeners) listener();
  return current;
}

/** For useSyncExternalStore. */
export function subscribeOpenedDataset(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * `address` as a link to share: while an opened dataset is shown, it names that dataset (its
 * fingerprint and file name), so the page opened elsewhere can say its data is not there.
 */
export function shareableAddress(address: string): string {
  const opened = openedDataset();
  if (opened === undefined) return address;
  const url = new URL(address);
  // The one-file build keeps its route, query and all, after the "#".
  const hashed = url.hash.startsWith("#/");
  const [path = "", query = ""] = hashed ? url.hash.slice(1).split("?") : [];
  const params = hashed ? new URLSearchParams(query) : url.searchParams;
  params.set(OPENED_PARAM, opened.fingerprint);
  params.set(OPENED_NAME_PARAM, opened.name);
  if (hashed) url.hash = `${path}?${params.toString()}`;
  return url.href;
}
