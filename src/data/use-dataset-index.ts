import { useSuspenseQuery } from "@tanstack/react-query";
import { datasetQuery } from "./dataset-query";
import { indexDataset, type DatasetIndex } from "./dataset-index";
import type { Dataset } from "./schema";

// TanStack Query runs `select` once per component that asks (each is an observer of its own), so
// the index is kept per loaded dataset here: every component of a page shares one.
const indexes = new WeakMap<Dataset, DatasetIndex>();

function indexOnce(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = indexDataset(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * The loaded dataset with its lookups (DatasetIndex), built once per load and shared by every
 * component. Suspends until the dataset has loaded; a failed load is thrown to the error boundary.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQuery, select: indexOnce }).data;
}
