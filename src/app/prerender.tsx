import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { StaticRouter } from "react-router";
import { indexDataset } from "../data/dataset-index";
import { datasetQuery } from "../data/dataset-query";
import { achievementPath, meetingPath } from "../data/paths";
import type { Dataset } from "../data/schema";
import { defaultDeck, parseDeckOptions, resolveDeck } from "../data/deck";
import { catalogsReady } from "../data/i18n/catalogs";
import { inLocale, localeOfPath, routerBasename, setActiveLocale } from "../data/i18n/locale";
import { AppRoutes } from "./app-routes";

/** An app path (`/meetings/7`) as the browser's address has it under the base path. */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`;
}

/**
 * The markup of one view at build time (docs/decisions/009), from the same components the browser
 * hydrates. Lazy parts are awaited; the map itself is not drawn (it waits for the browser).
 */
export async function viewMarkup(url: string, dataset: Dataset): Promise<string> {
  // `url` is an app path; the router sees it under the base path, as in the browser. A Japanese
  // view ("/ja/meetings/7") is rendered with the Japanese words and its router based at "/ja".
  const locale = localeOfPath(url);
  setActiveLocale(locale);
  await catalogsReady();
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQuery.queryKey, dataset);
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter
          basename={routerBasename(import.meta.env.BASE_URL, locale)}
          location={withBase(url)}
        >
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
    {
      // Everything inline: outlined parts would need inline scripts, which the CSP forbids.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error);
      },
    },
  );
  // A part that failed would be left for the browser to render: a build must not ship that silently.
  if (errors.length > 0) {
    throw new Error(
      `${url} did not render: ${errors.map((e) => (e instanceof Error ? e.message : String(e))).join("; ")}`,
    );
  }
  const markup = await new Response(prelude).text();
  if (markup.includes("<script")) throw new Error(`${url} rendered an inline script`);
  return markup;
}

export type PrerenderedView = {
  path: string;
  /**
   * The lazily loaded modules the view shows at once. Their stylesheets are linked from the page,
   * so it is laid out right before its scripts run (no layout shift when they arrive).
   */
  lazyModules: string[];
};

const HEADER_TOOLS = "src/app/header-tools.tsx";
const MAP_PANEL = "src/features/map/map-panel.tsx";
const MEETING_ROUTE = "src/app/meeting-route.tsx";

/** Every view worth having ready as a file: the overview, the map, each meeting and achievement, each slide. */
export function buildTimeViews(dataset: Dataset): PrerenderedView[] {
  const index = indexDataset(dataset);
  const views: PrerenderedView[] = [
    { path: "/", lazyModules: ["src/app/home-route.tsx", MAP_PANEL] },
    { path: "/map", lazyModules: ["src/app/map-route.tsx", MAP_PANEL] },
  ];
  for (const meeting of index.order) {
    views.push({ path: meetingPath(meeting.id), lazyModules: [MEETING_ROUTE, MAP_PANEL] });
    if (meeting.achievements === "not recorded") continue;
    meeting.achievements.forEach((_, i) => {
      views.push({
        path: achievementPath(meeting.id, i + 1),
        lazyModules: [MEETING_ROUTE, MAP_PANEL],
      });
    });
  }
  const { slides } = resolveDeck(
    index,
    defaultDeck(index, parseDeckOptions(new URLSearchParams())),
  );
  // `/present` alone only redirects to the first slide.
  slides.forEach((_, i) => {
    views.push({ path: `/present/${i + 1}`, lazyModules: ["src/app/present-route.tsx"] });
  });
  // Every view in each language (decision 019): "/ja/", "/ja/meetings/7", …
  return [...views, ...views.map((view) => ({ ...view, path: inLocale(view.path, "ja") }))].map(
    // The presenter has no header.
    (view) =>
      /\/present\//.test(view.path)
        ? view
        : { ...view, lazyModules: [HEADER_TOOLS, ...view.lazyModules] },
  );
}
