import { activeLocale, type Locale } from "./i18n/locale";
import type { LocalizedText } from "./schema";

/** A text as shown: its words and the language they are in (which may not be the page's). */
export type ShownText = { text: string; lang: Locale };

/** The English of a name or text (every one has it). */
export function englishText(value: LocalizedText): string {
  return typeof value === "string" ? value : value.en;
}

/**
 * A name or text in `locale` (the page's, by default) where the dataset has it in that language,
 * from a cited source; else the English, marked as English. Never a translation of our own.
 */
export function shownText(value: LocalizedText, locale: Locale = activeLocale()): ShownText {
  if (typeof value !== "string" && locale === "ja" && value.ja !== undefined) {
    return { text: value.ja.text, lang: "ja" };
  }
  return { text: englishText(value), lang: "en" };
}

/** Every language's words for a text, English first: what search matches against. */
export function allTexts(value: LocalizedText): string[] {
  return typeof value === "string" || value.ja === undefined
    ? [englishText(value)]
    : [value.en, value.ja.text];
}
