import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { MessageView } from "../components/message-view";
import { DatasetError } from "../data/dataset-error";
import { datasetQuery } from "../data/dataset-query";

// Only a broken file needs this view, and the validator that found the problems was itself a lazy
// chunk, so loading the view lazily keeps its bytes off every healthy first screen.
const DatasetErrorView = lazy(() => import("../components/dataset-error-view"));

/** Nothing below renders until the dataset has loaded and passed validation. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useQuery(datasetQuery);
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        Loading the meetings…
      </p>
    );
  }
  if (query.isError) {
    if (query.error instanceof DatasetError) {
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Checking the dataset…
            </p>
          }
        >
          <DatasetErrorView error={query.error} />
        </Suspense>
      );
    }
    return (
      <MessageView title="The meetings could not be loaded" tone="error">
        <p>{query.error.message}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
          >
            {query.isFetching ? "Retrying…" : "Retry"}
          </button>
        </p>
      </MessageView>
    );
  }
  return <>{children}</>;
}
