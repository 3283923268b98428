import { loadCatalogs } from "../../data/i18n/catalogs";

/** The hosting chart's words, in the page's language. */
export const chartText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
