import { loadCatalogs } from "../../data/i18n/catalogs";

/** The text-size control's words, in the page's language. */
export const fontSizeText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
