import { withCatalogs } from "../data/i18n/catalogs";
import { lazy, Suspense } from "react";
import { StableLink } from "../components/stable-link";
import { SkipLink } from "../components/skip-link";
import { GuardedOutlet } from "./guarded-outlet";
import { sharedText } from "../components/first-screen-messages";
// Stylesheets of parts every explorer page shows at once (the header's tools, the map panel, the
// overview, sources): in the page's one stylesheet they compress together instead of arriving as
// four small files (decision 019).
import "../components/copy-link-button.css";
import "../components/sources-list.css";
import "../features/map/map-panel.css";
import "../features/series-overview/series-overview.css";

/** Fetched as soon as the app starts, beside the view's own code (app-routes.tsx). */
export const loadHeaderTools = () => import("./header-tools").then(withCatalogs);
const HeaderTools = lazy(loadHeaderTools);
// From the same chunk: which data is shown matters only once the page can open another dataset.
const DatasetBanner = lazy(() =>
  loadHeaderTools().then((module) => ({ default: module.DatasetBanner })),
);

export function RootLayout() {
  return (
    <>
      <SkipLink target="main" />
      <header className="site-header" data-early-clicks="header" data-early-links="native">
        <h1 className="site-header__title">
          <StableLink to="/">{sharedText().siteTitle()}</StableLink>
        </h1>
        <Suspense fallback={null}>
          <HeaderTools />
        </Suspense>
      </header>
      <Suspense fallback={null}>
        <DatasetBanner />
      </Suspense>
      <main id="main" tabIndex={-1}>
        <GuardedOutlet />
      </main>
    </>
  );
}
