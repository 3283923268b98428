import { useLocation } from "react-router";
import { SINGLE_FILE } from "../data/app-mode";
import { activeLocale, inLocale, type Locale } from "../data/i18n/locale";
import { partsText } from "./part-messages";

/**
 * The same view in the other language, as a plain link: the page loads afresh with only that
 * language's words (decision 019). The choice is remembered for the next visit to the home page
 * (`rememberLanguageSwitches` in src/app/language-choice.ts).
 */
export function LanguageSwitch({ className = "site-header__link" }: { className?: string }) {
  const { pathname, search, hash } = useLocation();
  const other: Locale = activeLocale() === "ja" ? "en" : "ja";
  const path = inLocale(pathname, other) + search + hash;
  const href = SINGLE_FILE ? `#${path}` : `${import.meta.env.BASE_URL}${path.slice(1)}`;
  const text = partsText();
  return (
    <a
      className={className}
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={text.languageSwitchLabel()}
      // The choice is remembered by a listener that runs from the page's start (language-choice.ts).
      data-language-switch=""
      onClick={(event) => {
        // In the one-file copy only the part after "#" changes, which loads nothing: load it afresh.
        if (SINGLE_FILE) {
          event.preventDefault();
          window.location.hash = path;
          window.location.reload();
        }
      }}
    >
      {text.languageSwitch()}
    </a>
  );
}
