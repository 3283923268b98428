import { useCallback, useEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { filterToParams, parseFilter, type MeetingFilter } from "../../data/meeting-filter";

/**
 * The timeline's filter, kept in the address (`?host=TH&from=2012&to=2016`) so a filtered view can
 * be shared. `change(patch)` writes only what the patch names over the filter as last written;
 * `clear()` removes every filter. Both replace the history entry: a filter is not a place to go
 * Back to. `ignored` lists the address's parameters that were not understood.
 */
export function useFilterInAddress(index: DatasetIndex): {
  filter: MeetingFilter;
  ignored: readonly string[];
  /** The address gave the years the wrong way round; `filter` has them in order. */
  swapped: boolean;
  /** The address's query without "?", to carry on links. */
  search: string;
  change: (patch: Partial<MeetingFilter>) => void;
  clear: () => void;
} {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { filter, ignored, swapped } = useMemo(
    () => parseFilter(new URLSearchParams(search), index),
    [search, index],
  );

  // The address as last written, ahead of the render (setSearchParams hands a function this
  // render's params): two quick changes must both stick. Until the last write shows up in the
  // address, older addresses arriving from renders still in flight are ignored.
  const written = useRef(search);
  const pending = useRef<string | null>(null);
  useEffect(
    function followTheAddress() {
      if (pending.current !== null && pending.current !== search) return;
      pending.current = null;
      written.current = search;
    },
    [search],
  );
  // Stable between renders (for the same address), so the filters' lazy part is not handed an
  // "update" while it hydrates, which would make React drop its markup and draw it again.
  const change = useCallback(
    (patch: Partial<MeetingFilter>) => {
      const query = filterToParams({
        ...parseFilter(new URLSearchParams(written.current), index).filter,
        ...patch,
      }).toString();
      written.current = query;
      pending.current = query;
      setParams(new URLSearchParams(query), { replace: true });
    },
    [index, setParams],
  );
  const clear = useCallback(() => {
    written.current = "";
    pending.current = "";
    setParams(new URLSearchParams(""), { replace: true });
  }, [setParams]);
  return { filter, ignored, swapped, search, change, clear };
}
