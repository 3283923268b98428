import { storedPreference } from "../components/stored-preference";
import { activeLocale, HTML_LANG, LOCALES, type Locale } from "../data/i18n/locale";

/** The language the reader last chose with the switch, remembered by the browser. */
export const languageChoice = storedPreference<Locale>("ajcpm.locale", LOCALES, "en");

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
