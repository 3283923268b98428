/** The languages the UI is written in (docs/decisions/019). English is the default and the fallback. */
export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` of a page in each language: the English is British, as the sources' English is. */
export const HTML_LANG: Record<Locale, string> = { en: "en-GB", ja: "ja" };

/**
 * The locale an app path is in: `/ja` and `/ja/…` are Japanese, every other path English (the
 * addresses the app had before it spoke Japanese). `path` is without the base path.
 */
export function localeOfPath(path: string): Locale {
  return path === "/ja" || path.startsWith("/ja/") ? "ja" : "en";
}

/** An app path without its language: "/ja/meetings/7" → "/meetings/7", "/ja" → "/". */
export function withoutLocale(path: string): string {
  if (localeOfPath(path) === "en") return path;
  return path.slice(3) || "/";
}

/** An app path in a language: ("/meetings/7", "ja") → "/ja/meetings/7"; English paths are unchanged. */
export function inLocale(path: string, locale: Locale): string {
  const bare = withoutLocale(path);
  if (locale === "en") return bare;
  return bare === "/" ? "/ja/" : `/ja${bare}`;
}

/** The router's base for a language: "/" or "/ja" under the site's base path ("/ajcpm", "/ajcpm/ja"). */
export function routerBasename(siteBase: string, locale: Locale): string {
  const base = siteBase.replace(/\/$/, "");
  if (locale === "en") return base || "/";
  return `${base}/ja`;
}

/** The page's locale, from its address: the path under the base path, or after "#" in the one-file copy. */
function pageLocale(): Locale {
  if (typeof window === "undefined") return "en";
  const { MODE, BASE_URL } = import.meta.env;
  const path =
    MODE === "single"
      ? window.location.hash.slice(1) || "/"
      : `/${window.location.pathname.slice(BASE_URL.length)}`;
  return localeOfPath(path);
}

let active: Locale = pageLocale();

/** The language the page is in. Set once as the page starts, or per view while views are prerendered. */
export function activeLocale(): Locale {
  return active;
}

export function setActiveLocale(locale: Locale): void {
  active = locale;
}
