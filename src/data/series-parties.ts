import { NOT_RECORDED } from "./not-recorded";
import type { Country, Organiser, Series } from "./schema";
import { shownText } from "./localized-text";

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
  const countries = participantsOf(series);
  if (countries.length === 0) return "Participants not recorded";
  const grouped = countries.every((c) => c.group !== NOT_RECORDED);
  const japan = countries.filter((c) => c.group === "japan");
  const asean = countries.filter((c) => c.group === "asean").length;
  if (!grouped || japan.length === 0 || asean === 0) return countries.map((c) => shownText(c.name).text).join(", ");
  return `${japan.map((c) => shownText(c.name).text).join(", ")} and ${String(asean)} ASEAN member states`;
}

/** "organised in Japan by NCO, MIC, METI", or "organisers not recorded". */
export function organisersPhrase(series: Series): string {
  const organisers = organisersOf(series);
  if (organisers.length === 0) return "organisers not recorded";
  const where = participantsOf(series).some((c) => c.group === "japan") ? " in Japan" : "";
  return `organised${where} by ${organisers.map((o) => o.abbreviation).join(", ")}`;
}
