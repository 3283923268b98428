import { Link, Outlet, useLocation } from "react-router";
import { CrashView } from "../components/crash-view";
import { ErrorBoundary } from "../components/error-boundary";
import { SkipLink } from "../components/skip-link";
import { FontSizeControl } from "../features/font-size/font-size-control";
import { DatasetGate } from "./dataset-gate";

export function RootLayout() {
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink target="main" />
      <header className="site-header">
        <h1 className="site-header__title">
          <Link to="/">ASEAN–Japan Cybersecurity Policy Meetings</Link>
        </h1>
        <FontSizeControl />
      </header>
      <main id="main" tabIndex={-1}>
        {/* Leaving a page that crashed gives the next one a fresh start. */}
        <ErrorBoundary resetKey={pathname} fallback={(error) => <CrashView error={error} />}>
          <DatasetGate>
            <Outlet />
          </DatasetGate>
        </ErrorBoundary>
      </main>
    </>
  );
}
