import { loadCatalogs } from "../../data/i18n/catalogs";

/** The map panel's words (heading, legend, markers, venue list), in the page's language. */
export const mapText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
