import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel } from "../../data/meeting-labels";
import { NOT_RECORDED } from "../../data/schema";
import { buildSearch } from "./search-index";
import { SearchResult } from "./search-result";
import { searchCount, searchText, searchTitle } from "./search-text";
import { sharedText } from "../../components/first-screen-messages";
import "./search.css";

/** More would make each keystroke slow to show; the count says how many there are. */
const SHOWN = 50;

/**
 * Search over the whole dataset (`/search?q=…`): a field, the count announced as it changes, and
 * the results, each opening its meeting or achievement. The words live in the address, so a search
 * can be shared and Back returns to it.
 */
export function SearchPage({ index }: { index: DatasetIndex }) {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get("q") ?? "");
  const query = useDeferredValue(text);
  const search = useMemo(() => buildSearch(index), [index]);
  const hits = useMemo(() => (query.trim() === "" ? [] : search(query)), [search, query]);
  const field = useRef<HTMLInputElement>(null);
  useEffect(function focusField() {
    field.current?.focus();
  }, []);

  return (
    <section className="search" aria-labelledby="search-heading">
      <title>
        {sharedText().pageTitle({ site: sharedText().siteTitle(), title: searchTitle(query) })}
      </title>
      <h2 id="search-heading">{searchText().heading()}</h2>
      <form
        role="search"
        className="search__form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label htmlFor="search-field">{searchText().label()}</label>
        <input
          ref={field}
          id="search-field"
          type="search"
          value={text}
          aria-describedby="search-hint"
          autoComplete="off"
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            setParams(value === "" ? {} : { q: value }, { replace: true });
          }}
        />
        <p id="search-hint" className="search__hint">
          {searchText().hint()}
        </p>
      </form>
      <p role="status" className="search__count">
        {searchCount(Math.min(hits.length, SHOWN), hits.length, query)}
      </p>
      {hits.length === 0 ? null : (
        <ol className="search__results">
          {hits.slice(0, SHOWN).map((hit) => {
            const meeting = index.meetingsById.get(hit.meetingId);
            if (meeting === undefined) return null;
            const date = meeting.date === NOT_RECORDED ? "" : formatPartialDate(meeting.date);
            return (
              <SearchResult
                key={hit.id}
                hit={hit}
                meetingLabel={shortLabel(meeting)}
                context={[placeLabel(index, meeting), date].filter((p) => p !== "").join(" · ")}
              />
            );
          })}
        </ol>
      )}
      {hits.length > SHOWN ? <p>{searchText().more()}</p> : null}
    </section>
  );
}
