// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  heading: () => "Timeline",
  notUnderstood: (d) => "Not understood in the address, so not applied: " + d.names + ".",
  yearsSwapped: (d) => "The address gave the years the wrong way round, so they are read as from " + d.from + " to " + d.to + ".",
  showingSome: (d) => "Showing " + d.shown + " of " + d.total + " entries.",
  entries: (d) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " entry", other: number("en", d.count, 0) + " entries" }) + ".",
  undatedHidden: (d) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " with no recorded date is", other: number("en", d.count, 0) + " with no recorded date are" }) + " left out by the year filter.",
  pagedHint: (d) => "Shown a year at a time: " + d.year + ", entries " + d.first + "–" + d.last + ".",
  keysHint: () => "Use the arrow keys to move, Enter to open.",
  pageKeysHint: () => "Page Up and Page Down change the year.",
  clearFilters: () => "Clear filters",
  emptyDataset: () => "There are no meetings in this dataset yet.",
  noMatch: () => "No meetings match these filters.",
  selectedFilteredOut: () => "The selected entry is not in the filtered timeline.",
  relatedEvent: () => "Related event",
  pageAll: () => "All",
  pageYear: (d) => String(d.year),
  pagePart: (d) => d.label + ", part " + d.part + " of " + d.parts,
  sentenceSeparator: () => " "
}
