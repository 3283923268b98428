import type { RouteObject } from "react-router";
import { ExplorerLayout } from "./explorer-layout";
import { HomeRoute } from "./home-route";
import { MapRoute } from "./map-route";
import { MeetingRoute } from "./meeting-route";
import { NotFoundRoute } from "./not-found-route";
import { RootLayout } from "./root-layout";
import { RouteErrorView } from "./route-error-view";

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <RootLayout />,
    errorElement: <RouteErrorView />,
    children: [
      {
        element: <ExplorerLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: "meetings/:meetingId", element: <MeetingRoute /> },
          { path: "meetings/:meetingId/achievements/:achievement", element: <MeetingRoute /> },
        ],
      },
      { path: "map", element: <MapRoute /> },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
];
