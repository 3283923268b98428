import { lazy } from "react";
import { Route, Routes } from "react-router";
import { StableNavigationProvider } from "../components/stable-link";
import { ExplorerLayout } from "./explorer-layout";
import { MeetingRoute } from "./meeting-route";
import { PresentLayout } from "./present-layout";
import { RootLayout } from "./root-layout";

/**
 * Declarative routes (docs/decisions/004): the data-router APIs would add ~17 KiB gzip to the
 * first screen for loaders and actions this app does not use. The overview and the full-size map
 * are lazy; the timeline and a meeting's details are in the first bundle. Lazy routes wait inside
 * the nearest outlet's Suspense (GuardedOutlet, ExplorerLayout), so the page around them stays.
 */
const loadHomeRoute = () => import("./home-route");
// The overview is the usual first view: when it is the one opened, its code is fetched alongside
// the dataset rather than after it.
if (typeof window !== "undefined" && window.location.pathname === import.meta.env.BASE_URL) {
  void loadHomeRoute();
}
const HomeRoute = lazy(loadHomeRoute);
const MapRoute = lazy(() => import("./map-route"));
const PresentRoute = lazy(() => import("./present-route"));
const HandoutRoute = lazy(() => import("./handout-route"));
const NotFoundRoute = lazy(() => import("./not-found-route"));
const BriefingRoute = lazy(() => import("./briefing-route"));

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
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </StableNavigationProvider>
  );
}
