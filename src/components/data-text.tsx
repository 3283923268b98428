import { activeLocale } from "../data/i18n/locale";
import { shownText } from "../data/localized-text";
import type { LocalizedText } from "../data/schema";

/**
 * A name from the dataset in the page's language where a source gives it so, else in English
 * marked `lang="en"`, so that a screen reader reads it as English inside a Japanese page.
 */
export function DataText({ value }: { value: LocalizedText }) {
  const shown = shownText(value);
  if (shown.lang === activeLocale()) return <>{shown.text}</>;
  return <span lang={shown.lang}>{shown.text}</span>;
}
