import { loadCatalogs } from "../data/i18n/catalogs";

/** The words of the lazy routes' own views (map, not found, slide not found), in the page's language. */
export const routeText = loadCatalogs({
  en: () => import("./messages/routes/en.js"),
  ja: () => import("./messages/routes/ja.js"),
});
