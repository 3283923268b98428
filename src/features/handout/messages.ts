import { loadCatalogs } from "../../data/i18n/catalogs";

/** The handout's words (its options, sections and downloads) in the page's language. */
export const handoutText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
