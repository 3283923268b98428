import { Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { CrashView } from "../components/crash-view";
import { ErrorBoundary } from "../components/error-boundary";
import { DatasetGate } from "./dataset-gate";
import { RouteLoading } from "./route-loading";

/** A route's content once the dataset is loaded, behind an error boundary that resets on navigation. */
export function GuardedOutlet() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} fallback={(error) => <CrashView error={error} />}>
      {/* Where a hydrating page waits for the dataset (DatasetGate). */}
      <Suspense fallback={<RouteLoading />}>
        <DatasetGate>
          <Suspense fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </DatasetGate>
      </Suspense>
    </ErrorBoundary>
  );
}
