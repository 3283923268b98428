import { useLocation } from "react-router";
import { SINGLE_FILE } from "../data/app-mode";
import { activeLocale, inLocale, type Locale } from "../data/i18n/locale";
import { languageChoice } from "./language-choice";
import { appText } from "./messages";

/**
 * The same view in the other language, as a plain link: the page loads afresh with only that
 * language's words (decision 019). The choice is remembered for the next visit to the home page.
 */
export function LanguageSwitch() {
  const { pathname, search, hash } = useLocation();
  const other: Locale = activeLocale() === "ja" ? "en" : "ja";
  const path = inLocale(pathname, other) + search + hash;
  const href = SINGLE_FILE ? `#${path}` : `${import.meta.env.BASE_URL}${path.slice(1)}`;
  const text = appText();
  return (
    <a
      className="site-header__link"
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={text.languageSwitchLabel()}
      onClick={(event) => {
        languageChoice.save(other);
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
