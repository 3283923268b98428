import { loadCatalogs } from "../../data/i18n/catalogs";

/** The briefing composer's words (slides, cover, keep and share) in the page's language. */
export const briefingText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
