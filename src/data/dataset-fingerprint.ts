import type { Dataset } from "./schema";

/**
 * A short hash (FNV-1a, 32 bits) of the validated dataset. A prerendered page carries the one it was
 * rendered from; the page hydrates only when the dataset it loads has the same, since different
 * data would not match the markup.
 */
export function datasetFingerprint(dataset: Dataset): string {
  const text = JSON.stringify(dataset);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
