// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  heading: () => "Search",
  label: () => "Search the meetings",
  hint: () => "Titles, achievements, co-chairs, organisations, places, notes and source titles. Press / from any page to come here.",
  pageTitle: () => "Search",
  pageTitleQuery: (d) => "Search: " + d.query,
  typeAWord: () => "Type a word to search.",
  noResults: (d) => "No results for “" + d.query + "”.",
  results: (d) => plural(d.total, 0, en, { one: number("en", d.total, 0) + " result", other: number("en", d.total, 0) + " results" }) + " for “" + d.query + "”.",
  resultsSome: (d) => plural(d.total, 0, en, { one: number("en", d.total, 0) + " result", other: number("en", d.total, 0) + " results" }) + " for “" + d.query + "”; the first " + d.shown + " are shown.",
  achievement: (d) => "Achievement " + d.n + " of the " + d.meeting,
  more: () => "Refine the words to see the rest.",
  fieldTitle: () => "Title",
  fieldAchievement: () => "Achievement",
  fieldSummary: () => "Summary",
  fieldCoChairs: () => "Co-chairs",
  fieldOrganisations: () => "Organisations",
  fieldPlace: () => "Place",
  fieldNotes: () => "Notes",
  fieldSources: () => "Sources"
}
