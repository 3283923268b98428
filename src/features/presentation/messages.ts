import { loadCatalogs } from "../../data/i18n/catalogs";

/** The presenter's words (controls, keys, speaker view, print view) in the page's language. */
export const presentText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
