import { loadCatalogs } from "./i18n/catalogs";

/**
 * The data layer's words about the series as a whole (who takes part, who organises), apart from
 * the first screen's catalog (messages.ts): only the overview, handout and slides need them.
 */
export const seriesText = loadCatalogs({
  en: () => import("./messages/series/en.js"),
  ja: () => import("./messages/series/ja.js"),
});
