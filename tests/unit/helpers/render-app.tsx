import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { basemapQuery } from "../../../src/data/basemap-query";
import { BasemapSchema } from "../../../src/data/basemap-schema";
import { datasetQuery } from "../../../src/data/dataset-query";
import type { Dataset } from "../../../src/data/schema";
import { routes } from "../../../src/app/routes";

const shippedBasemap = BasemapSchema.parse(
  JSON.parse(readFileSync(resolve("public/data/basemap.json"), "utf8")),
);

/**
 * The whole app at `route`, with a fresh query client. With a dataset the cache is seeded;
 * without one the app loads through `fetch`, which a test may stub. The shipped basemap is
 * seeded unless `basemap: false` asks the map to load it through `fetch` too.
 */
export function renderApp({
  route = "/",
  dataset,
  basemap = true,
}: { route?: string; dataset?: Dataset; basemap?: boolean } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset !== undefined) queryClient.setQueryData(datasetQuery.queryKey, dataset);
  if (basemap) queryClient.setQueryData(basemapQuery.queryKey, shippedBasemap);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
