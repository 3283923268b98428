import { loadCatalogs } from "./i18n/catalogs";

/** The words the data layer writes (dates, places, statuses) in the page's language. */
export const dataText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
