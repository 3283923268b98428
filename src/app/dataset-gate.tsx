import { withCatalogs } from "../data/i18n/catalogs";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, use, type ReactNode } from "react";
import { useRenderedInBrowser } from "../components/client-only";
import { MessageView } from "../components/message-view";
import { DatasetError } from "../data/dataset-error";
import { datasetQuery } from "../data/dataset-query";
import { sharedText } from "../components/first-screen-messages";

// Only a broken file needs this view, and the validator that found the problems was itself a lazy
// chunk, so loading the view lazily keeps its bytes off every healthy first screen.
const DatasetErrorView = lazy(() => import("../components/dataset-error-view").then(withCatalogs));

const settled = new WeakMap<QueryClient, Promise<void>>();

/** Resolves (never rejects) when the dataset's load has ended either way. */
function datasetSettled(queryClient: QueryClient): Promise<void> {
  let promise = settled.get(queryClient);
  if (promise === undefined) {
    promise = queryClient.query(datasetQuery).then(
      () => undefined,
      () => undefined,
    );
    settled.set(queryClient, promise);
  }
  return promise;
}

/** Nothing below renders until the dataset has loaded and passed validation. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useQuery(datasetQuery);
  const queryClient = useQueryClient();
  const hydrating = !useRenderedInBrowser();
  if (query.isPending) {
    // Hydrating a page rendered at build time: wait with its markup in place (React keeps it, and
    // replays clicks on it once this part has hydrated) rather than replace it with a message.
    if (hydrating) use(datasetSettled(queryClient));
    return (
      <p className="loading" role="status">
        {sharedText().loadingMeetings()}
      </p>
    );
  }
  if (query.isError) {
    if (query.error instanceof DatasetError) {
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {sharedText().checkingDataset()}
            </p>
          }
        >
          <DatasetErrorView error={query.error} />
        </Suspense>
      );
    }
    return (
      <MessageView title={sharedText().couldNotLoad()} tone="error">
        <p>{query.error.message}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
          >
            {query.isFetching ? sharedText().retrying() : sharedText().retry()}
          </button>
        </p>
      </MessageView>
    );
  }
  return <>{children}</>;
}
