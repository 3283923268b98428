import { loadCatalogs } from "./i18n/catalogs";

/**
 * The words a problem with a file is named in (a dataset, a spreadsheet or TimelineJS import, a
 * briefing, the basemap), in the page's language. Paths, rows, columns and values from the file
 * are given to them as they are. Not named `*-messages.ts`: the build groups those into one chunk
 * every lazy part loads (vite.config.ts), and these words are needed only where a file is checked.
 */
export const problemText = loadCatalogs({
  en: () => import("./messages/problems/en.js"),
  ja: () => import("./messages/problems/ja.js"),
});
