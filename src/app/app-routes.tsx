import { withCatalogs } from "../data/i18n/catalogs";
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { StableNavigationProvider } from "../components/stable-link";
import { withoutLocale } from "../data/i18n/locale";
import { ExplorerLayout } from "./explorer-layout";
import { PresentLayout } from "./present-layout";
import { loadHeaderTools, RootLayout } from "./root-layout";

/**
 * Declarative routes (docs/decisions/004): the data-router APIs would add ~17 KiB gzip to the
 * first screen for loaders and actions this app does not use. Every view but the timeline is lazy;
 * lazy routes wait inside the nearest outlet's Suspense (GuardedOutlet, ExplorerLayout), so the
 * page around them stays.
 */
const loadHomeRoute = () => import("./home-route").then(withCatalogs);
const loadMeetingRoute = () => import("./meeting-route").then(withCatalogs);
if (typeof window !== "undefined") {
  // The view opened first has its code fetched alongside the dataset rather than after it.
  void loadHeaderTools();
  const view = withoutLocale(window.location.pathname.slice(import.meta.env.BASE_URL.length - 1));
  if (view === "/") void loadHomeRoute();
  if (view.startsWith("/meetings/")) void loadMeetingRoute();
  // A meeting's details are one click away from every explorer view: once the page has loaded,
  // their code is fetched, so the first step from the timeline waits for no download.
  window.addEventListener("load", () => void loadMeetingRoute(), { once: true });
}
const HomeRoute = lazy(loadHomeRoute);
const MeetingRoute = lazy(loadMeetingRoute);
const MapRoute = lazy(() => import("./map-route").then(withCatalogs));
const PresentRoute = lazy(() => import("./present-route").then(withCatalogs));
const HandoutRoute = lazy(() => import("./handout-route").then(withCatalogs));
const NotFoundRoute = lazy(() => import("./not-found-route").then(withCatalogs));
const BriefingRoute = lazy(() => import("./briefing-route").then(withCatalogs));
const SearchRoute = lazy(() => import("./search-route").then(withCatalogs));

export function AppRoutes() {
  const present = <PresentRoute />;
  return (
    <StableNavigationProvider>
      <Routes>
        <Route path="/present" element={<PresentLayout />}>
          <Route index element={present} />
          <Route path=":slide" element={present} />
          <Route path=":deck/:slide" element={present} />
        </Route>
        <Route path="/" element={<RootLayout />}>
          <Route element={<ExplorerLayout />}>
            <Route index element={<HomeRoute />} />
            <Route path="meetings/:meetingId" element={<MeetingRoute />} />
            <Route
              path="meetings/:meetingId/achievements/:achievement"
              element={<MeetingRoute />}
            />
          </Route>
          <Route path="map" element={<MapRoute />} />
          <Route path="handout" element={<HandoutRoute />} />
          <Route path="briefing" element={<BriefingRoute />} />
          <Route path="search" element={<SearchRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </StableNavigationProvider>
  );
}
