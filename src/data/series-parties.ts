import { NOT_RECORDED } from "./not-recorded";
import type { Country, Organiser, Series } from "./schema";
import { shownText } from "./localized-text";
import { seriesText } from "./series-messages";

/** The participants the dataset lists; none when it says "not recorded". */
export function participantsOf(series: Series): readonly Country[] {
  return series.participants === NOT_RECORDED ? [] : series.participants;
}

/** The organisers the dataset lists; none when it says "not recorded". */
export function organisersOf(series: Series): readonly Organiser[] {
  return series.organisers === NOT_RECORDED ? [] : series.organisers;
}

/**
 * Who takes part, in words: "Japan and 10 ASEAN member states" when the dataset groups every
 * participant so (the bundled series); otherwise their names ("Korea, Thailand"); or
 * "participants not recorded" (an imported file that names no countries).
 */
export function partiesPhrase(series: Series): string {
  const text = seriesText();
  const countries = participantsOf(series);
  if (countries.length === 0) return text.participantsNotRecorded();
  const grouped = countries.every((c) => c.group !== NOT_RECORDED);
  const japan = countries.filter((c) => c.group === "japan");
  const asean = countries.filter((c) => c.group === "asean").length;
  const names = (list: readonly Country[]) =>
    list.map((c) => shownText(c.name).text).join(text.listSeparator());
  if (!grouped || japan.length === 0 || asean === 0) return names(countries);
  return text.japanAndAsean({ japan: names(japan), count: asean });
}

/** "organised in Japan by NCO, MIC, METI", or "organisers not recorded". */
export function organisersPhrase(series: Series): string {
  const text = seriesText();
  const organisers = organisersOf(series);
  if (organisers.length === 0) return text.organisersNotRecorded();
  const names = organisers.map((o) => o.abbreviation).join(text.listSeparator());
  return participantsOf(series).some((c) => c.group === "japan")
    ? text.organisedInJapanBy({ names })
    : text.organisedBy({ names });
}
