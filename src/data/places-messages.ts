import { loadCatalogs } from "./i18n/catalogs";

/** The data layer's words about places on the map ("5 policy meetings and 1 related event"). */
export const placesText = loadCatalogs({
  en: () => import("./messages/places/en.js"),
  ja: () => import("./messages/places/ja.js"),
});
