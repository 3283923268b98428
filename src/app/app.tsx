import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, HashRouter } from "react-router";
import { SINGLE_FILE } from "../data/app-mode";
import { AppRoutes } from "./app-routes";

// A page opened from disk has no server to answer /meetings/7, so the one-file build keeps the
// address after a "#".
const Router = SINGLE_FILE ? HashRouter : BrowserRouter;

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}
