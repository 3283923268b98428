import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { datasetQuery } from "../../../src/data/dataset-query";
import type { Dataset } from "../../../src/data/schema";
import { routes } from "../../../src/app/routes";

/**
 * The whole app at `route`, with a fresh query client. With a dataset the cache is seeded;
 * without one the app loads through `fetch`, which a test may stub.
 */
export function renderApp({ route = "/", dataset }: { route?: string; dataset?: Dataset } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset !== undefined) queryClient.setQueryData(datasetQuery.queryKey, dataset);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
