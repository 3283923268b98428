import { loadCatalogs } from "../../data/i18n/catalogs";
import type { SearchField } from "../../data/search-documents";

/** The search view's words, in the page's language. */
export const searchText = loadCatalogs({
  en: () => import("./messages/en.js"),
  ja: () => import("./messages/ja.js"),
});

/** The page's title: "Search" or "Search: Mitrpant", after the site's name. */
export function searchTitle(query: string): string {
  const text = searchText();
  return query === "" ? text.pageTitle() : text.pageTitleQuery({ query });
}

/** The live count: what to type, no results, or how many there are and how many are shown. */
export function searchCount(shown: number, total: number, query: string): string {
  const text = searchText();
  const words = query.trim();
  if (words === "") return text.typeAWord();
  if (total === 0) return text.noResults({ query: words });
  return shown < total
    ? text.resultsSome({ total, query: words, shown })
    : text.results({ total, query: words });
}

/** Each field's name, as the result lists what matched. */
export function fieldLabel(field: SearchField): string {
  const text = searchText();
  const labels: Record<SearchField, () => string> = {
    title: text.fieldTitle,
    achievement: text.fieldAchievement,
    summary: text.fieldSummary,
    coChairs: text.fieldCoChairs,
    organisations: text.fieldOrganisations,
    place: text.fieldPlace,
    notes: text.fieldNotes,
    sources: text.fieldSources,
  };
  return labels[field]();
}
