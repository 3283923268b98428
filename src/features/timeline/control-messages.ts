import { loadCatalogs } from "../../data/i18n/catalogs";

/**
 * The words of the timeline's filters and year pager, apart from the timeline's own (messages.ts):
 * both parts are lazy, so their words stay off the first screen too.
 */
export const controlsText = loadCatalogs({
  en: () => import("./messages/controls/en.js"),
  ja: () => import("./messages/controls/ja.js"),
});
