import { loadCatalogs } from "../../data/i18n/catalogs";

/** A meeting's details: headings, labels, the stepper and not-found messages, in the page's language. */
export const detailsText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
