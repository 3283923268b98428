import { loadCatalogs } from "../../data/i18n/catalogs";

/** The timeline's words (heading, filters, hints, pager) in the page's language. */
export const timelineText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
