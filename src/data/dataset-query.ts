import { queryOptions } from "@tanstack/react-query";
import { loadDataset } from "./load-dataset";

export const datasetQuery = queryOptions({
  queryKey: ["dataset"],
  queryFn: () => loadDataset(),
  staleTime: Infinity,
  retry: false,
  // The file is the app's own: the service worker or the one-file build answers it offline. The
  // default mode would wait for navigator.onLine and show "Loading…" for ever.
  networkMode: "always",
});
