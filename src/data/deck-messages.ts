import { loadCatalogs } from "./i18n/catalogs";

/** The words slides, their labels and the handout's record line are written in, in the page's language. */
export const deckText = loadCatalogs({
  en: () => import("./messages/deck/en.js"),
  ja: () => import("./messages/deck/ja.js"),
});
