import { loadCatalogs } from "../../data/i18n/catalogs";

/** The overview's words, in the page's language. */
export const overviewText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
