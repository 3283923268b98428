import { queryOptions } from "@tanstack/react-query";
import { loadDataset } from "./load-dataset";

export const datasetQuery = queryOptions({
  queryKey: ["dataset"],
  queryFn: () => loadDataset(),
  staleTime: Infinity,
  retry: false,
});
