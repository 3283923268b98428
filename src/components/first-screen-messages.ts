import { loadCatalogs } from "../data/i18n/catalogs";

/** Shared words every page may show at once: the site's title, the skip link, error messages. */
export const sharedText = loadCatalogs({
  en: () => import("./messages/first-screen/en.js"),
  ja: () => import("./messages/first-screen/ja.js"),
});
