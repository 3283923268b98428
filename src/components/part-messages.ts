import { loadCatalogs } from "../data/i18n/catalogs";

/** Shared words of parts that load after the first screen: "not recorded", sources, copy link. */
export const partsText = loadCatalogs({
  en: () => import("./messages/parts/en.js"),
  ja: () => import("./messages/parts/ja.js"),
});
