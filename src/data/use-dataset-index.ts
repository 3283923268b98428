import { useSuspenseQuery } from "@tanstack/react-query";
import { datasetQuery } from "./dataset-query";
import { indexDataset } from "./dataset-index";

/** The dataset with its lookups; `indexDataset` is a stable function, so the index is built once per load. */
export function useDatasetIndex() {
  return useSuspenseQuery({ ...datasetQuery, select: indexDataset }).data;
}
