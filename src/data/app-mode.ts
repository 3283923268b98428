/**
 * The one-file build (`npm run build:single`, docs/decisions/008) is opened straight from disk:
 * it uses hash addresses and carries the dataset and basemap inside the page instead of fetching them.
 * Vite replaces MODE with a literal, so the other build's branches drop out when it minifies.
 */
export const SINGLE_FILE = import.meta.env.MODE === "single";

/** Where "start again" links point: the site root, or the page itself when run from a file. */
export function appHomeHref(): string {
  return SINGLE_FILE ? window.location.pathname : import.meta.env.BASE_URL;
}
