import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { DatasetErrorView } from "../components/dataset-error-view";
import { MessageView } from "../components/message-view";
import { DatasetError } from "../data/dataset-error";
import { datasetQuery } from "../data/dataset-query";

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
    if (query.error instanceof DatasetError) return <DatasetErrorView error={query.error} />;
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
