import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { MemoryRouter, useLocation, type Location } from "react-router";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { basemapQuery } from "../../../src/data/basemap-query";
import { BasemapSchema } from "../../../src/data/basemap-schema";
import { datasetQuery } from "../../../src/data/dataset-query";
import type { Dataset } from "../../../src/data/schema";
import { AppRoutes } from "../../../src/app/app-routes";

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
  // Tests read where the app has navigated to through `router.state.location`.
  const router: { state: { location: Location | null } } = { state: { location: null } };
  function LocationProbe() {
    router.state.location = useLocation();
    return null;
  }
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
