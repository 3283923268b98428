import { flushSync } from "react-dom";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { nextRovingIndex } from "./roving-index";
import { pageAt, type TimelinePage } from "./timeline-pages";

/**
 * One tab stop for a list of `count` links (roving tabindex): arrow keys, Home and End move focus,
 * Page Up / Page Down jump a page when the list is paged. The stop starts on `selected` (an index,
 * or -1) and follows it when it changes; until then focus moves freely. `page` is the page holding
 * the stop, which is the one to show.
 */
export function useRovingFocus({
  count,
  selected,
  selectionKey,
  pages,
}: {
  count: number;
  selected: number;
  /** What identifies the selection (the meeting id): a new one resets the stop to it. */
  selectionKey: string | undefined;
  pages: readonly TimelinePage[];
}) {
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const [focused, setFocused] = useState<{
    index: number;
    forSelection: string | undefined;
  } | null>(null);
  const stop = Math.min(
    focused !== null && focused.forSelection === selectionKey
      ? focused.index
      : Math.max(selected, 0),
    Math.max(count - 1, 0),
  );
  const pageIndex = pageAt(pages, stop);
  const paged = pages.length > 1;

  const registerLink = useCallback((position: number, element: HTMLAnchorElement | null) => {
    links.current[position] = element;
  }, []);
  // Read through a ref so that onFocusAt stays the same function and entries need not re-render.
  const selection = useRef(selectionKey);
  useEffect(function trackSelection() {
    selection.current = selectionKey;
  });
  const onFocusAt = useCallback((position: number) => {
    setFocused({ index: position, forSelection: selection.current });
  }, []);

  function moveTo(target: number) {
    // The target may be on another page: render it before moving focus to it.
    flushSync(() => {
      setFocused({ index: target, forSelection: selectionKey });
    });
    links.current[target]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target =
      paged && event.key === "PageDown"
        ? pages[pageIndex + 1]?.start
        : paged && event.key === "PageUp"
          ? pages[pageIndex - 1]?.start
          : nextRovingIndex(event.key, stop, count);
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  }

  /** Shows page `target` with the stop on its first link, without moving focus. */
  function showPage(target: number) {
    const start = pages[target]?.start;
    if (start !== undefined) setFocused({ index: start, forSelection: selectionKey });
  }

  return { stop, pageIndex, links, registerLink, onFocusAt, onKeyDown, showPage };
}
