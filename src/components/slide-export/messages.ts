import { loadCatalogs } from "../../data/i18n/catalogs";

/** The words of the slides' exports (buttons, progress, and what the PowerPoint file says). */
export const exportText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});
