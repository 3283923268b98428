import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { BrowserRouter, HashRouter } from "react-router";
import { SINGLE_FILE } from "../data/app-mode";
import { AppRoutes } from "./app-routes";

// A page opened from disk has no server to answer /meetings/7, so the one-file build keeps the
// address after a "#".
const Router = SINGLE_FILE ? HashRouter : BrowserRouter;
/**
 * Where the app is served: "/" or a base path such as "/ajcpm" (`BASE_PATH` at build time). App
 * paths (/meetings/7) are written after it; React Router adds and strips it.
 */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, "") || "/";

/** The query client is made by the caller, so the page can load the dataset before it hydrates. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router basename={SINGLE_FILE ? undefined : ROUTER_BASENAME}>
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}
