import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { BrowserRouter, HashRouter } from "react-router";
import { SINGLE_FILE } from "../data/app-mode";
import { activeLocale, routerBasename } from "../data/i18n/locale";
import { AppRoutes } from "./app-routes";

// A page opened from disk has no server to answer /meetings/7, so the one-file build keeps the
// address after a "#".
const Router = SINGLE_FILE ? HashRouter : BrowserRouter;
/** The query client is made by the caller, so the page can load the dataset before it hydrates. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* A Japanese page's app paths start after "/ja" (decision 019): links inside stay as they are. */}
      <Router
        basename={routerBasename(SINGLE_FILE ? "/" : import.meta.env.BASE_URL, activeLocale())}
      >
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}
