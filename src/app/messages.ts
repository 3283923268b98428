import { loadCatalogs } from "../data/i18n/catalogs";

/** The app shell's words (header, routes) in the page's language. */
export const appText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
