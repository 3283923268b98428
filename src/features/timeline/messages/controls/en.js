// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  filterLegend: () => "Filter the timeline",
  host: () => "Host",
  allHosts: () => "All hosts",
  from: () => "From",
  to: () => "To",
  anyYear: () => "Any year",
  yearShown: () => "Year shown",
  year: () => "Year",
  pageOption: (d) => d.year + " — " + plural(d.count, 0, en, { one: number("en", d.count, 0) + " entry", other: number("en", d.count, 0) + " entries" }),
  noneBefore: () => "none before",
  noneAfter: () => "none after",
  previousYear: () => "Previous year:",
  nextYear: () => "Next year:"
}
