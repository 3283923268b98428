import { Outlet, useLocation } from "react-router";
import { CrashView } from "../components/crash-view";
import { ErrorBoundary } from "../components/error-boundary";
import { DatasetGate } from "./dataset-gate";

/** Presenter mode fills the screen: no site header, the same dataset gate and error boundary. */
export function PresentLayout() {
  const { pathname } = useLocation();
  return (
    <main id="main">
      <ErrorBoundary resetKey={pathname} fallback={(error) => <CrashView error={error} />}>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </ErrorBoundary>
    </main>
  );
}
