import type { SearchField } from "../../data/search-documents";

/** The search view's words, in one place until the message catalogs arrive (issue 20). */
export const SEARCH_TEXT = {
  heading: "Search",
  label: "Search the meetings",
  hint: "Titles, achievements, co-chairs, organisations, places, notes and source titles. Press / from any page to come here.",
  pageTitle: (query: string) =>
    `${query === "" ? "Search" : `Search: ${query}`} — Japan-ASEAN Cybersecurity Policy Meetings`,
  count: (shown: number, total: number, query: string) =>
    query.trim() === ""
      ? "Type a word to search."
      : total === 0
        ? `No results for “${query.trim()}”.`
        : `${String(total)} ${total === 1 ? "result" : "results"} for “${query.trim()}”${shown < total ? `; the first ${String(shown)} are shown` : ""}.`,
  achievement: (n: number, meeting: string) => `Achievement ${String(n)} of the ${meeting}`,
  more: "Refine the words to see the rest.",
} as const;

export const FIELD_LABELS: Record<SearchField, string> = {
  title: "Title",
  achievement: "Achievement",
  summary: "Summary",
  coChairs: "Co-chairs",
  organisations: "Organisations",
  place: "Place",
  notes: "Notes",
  sources: "Sources",
};
