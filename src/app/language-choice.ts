import { storedPreference } from "../components/stored-preference";
import { SINGLE_FILE } from "../data/app-mode";
import { activeLocale, HTML_LANG, inLocale, LOCALES, type Locale } from "../data/i18n/locale";

/** The language the reader last chose with the switch, remembered by the browser. */
export const languageChoice = storedPreference<Locale>("ajcpm.locale", LOCALES, "en");

/** This page's address in `locale`: the same view, filter and fragment, under "/ja" or not. */
export function addressIn(locale: Locale, siteBase: string): string {
  const { pathname, search, hash } = window.location;
  const path = inLocale(`/${pathname.slice(siteBase.length)}`, locale);
  return `${siteBase}${path.slice(1)}${search}${hash}`;
}

/**
 * Remembers the language a reader switches to, from the start (main.tsx): a switch followed
 * before the page has hydrated loads the other page just the same, and must count as the choice.
 */
export function rememberLanguageSwitches(siteBase: string): void {
  document.addEventListener(
    "click",
    (event) => {
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>("a[data-language-switch]");
      const locale = LOCALES.find((l) => l === link?.hreflang);
      if (link === null || locale === undefined) return;
      languageChoice.save(locale);
      // The address as it is now: a prerendered link does not yet carry a filter the page was
      // opened with (the page renders afresh for it), nor a change made since.
      if (!SINGLE_FILE) link.href = addressIn(locale, siteBase);
    },
    { capture: true },
  );
}

/**
 * Sets `<html lang>` to the page's language, and opens the home page in the language last chosen:
 * "/" is the English home, so a reader who chose Japanese goes on to "/ja/". Every other address
 * opens in the language it names, so a copied link shows what its sender saw.
 */
export function startInPageLanguage(siteBase: string): void {
  document.documentElement.lang = HTML_LANG[activeLocale()];
  const atHome = window.location.pathname === siteBase && window.location.hash === "";
  if (atHome && activeLocale() === "en" && languageChoice.read() === "ja") {
    window.location.replace(`${siteBase}ja/${window.location.search}`);
  }
}
