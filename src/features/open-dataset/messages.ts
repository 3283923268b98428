import { loadCatalogs } from "../../data/i18n/catalogs";

/** The words of "Open dataset…", its dialog and the dataset banner, in the page's language. */
export const openText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
