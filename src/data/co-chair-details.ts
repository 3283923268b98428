import { activeLocale } from "./i18n/locale";
import { NOT_RECORDED } from "./not-recorded";
import type { CoChair } from "./schema";

/**
 * A co-chair's name as the page can give it: the recorded name; on a Japanese page, where only a
 * Japanese source printed it (in katakana or kanji), that printing; else "not recorded".
 */
export function coChairName(chair: CoChair): string {
  if (chair.name === NOT_RECORDED && chair.printedName !== undefined && activeLocale() === "ja") {
    return chair.printedName.ja;
  }
  return chair.name;
}

/**
 * "Mr. Ryozo Hayashi, Director, Meiji Institute": what is recorded of a co-chair, or undefined if
 * nothing is. Its own module: only lazy views (handout, CSV) use it, so it stays off the first screen.
 * `name` gives the name to show: the page's (`coChairName`) unless a file format needs the recorded one.
 */
export function coChairDetails(
  chair: CoChair,
  name: (chair: CoChair) => string = coChairName,
): string | undefined {
  const known = [name(chair), chair.role, chair.organisation].filter(
    (part) => part !== NOT_RECORDED,
  );
  return known.length === 0 ? undefined : known.join(", ");
}
