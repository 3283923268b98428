import type { DatasetIndex } from "./dataset-index";
import { deckText } from "./deck-messages";
import { formatPartialDate } from "./format-date";
import { shortLabel } from "./meeting-labels";

/**
 * Where the record stops, in words, so that nobody reads "there was no later meeting" into its
 * silence: "The record runs to the 17th meeting (18 October 2024). The sources were last searched
 * on 29 November 2026; they name no later meeting." Undefined for an empty dataset. The date of the
 * search is the dataset's `series.sourcesCheckedOn`.
 */
export function recordEnd(index: DatasetIndex): string | undefined {
  const last = index.order.findLast((meeting) => meeting.date !== "not recorded");
  const lastEntry = last ?? index.order.at(-1);
  if (lastEntry === undefined) return undefined;
  const text = deckText();
  // "the 17th meeting", but a related event by its title: “ASEAN founded”.
  const runsTo = text.recordRunsTo({
    kind: lastEntry.number === null ? "event" : "meeting",
    label: lastEntry.number === null ? lastEntry.title : shortLabel(lastEntry),
    dated: lastEntry.date === "not recorded" ? "no" : "yes",
    date: lastEntry.date === "not recorded" ? "" : formatPartialDate(lastEntry.date, "long"),
  });
  const checked = index.dataset.series.sourcesCheckedOn;
  if (checked === undefined || checked === "not recorded") return runsTo;
  return text.sentences({
    first: runsTo,
    second: text.sourcesSearched({ date: formatPartialDate(checked, "long") }),
  });
}
