import { useCallback, useRef, useState } from "react";
import { useRenderedInBrowser } from "../../components/client-only";

/**
 * True once the element has come within `margin` of the viewport, and from then on. Where the
 * browser cannot tell (no IntersectionObserver), it is true at once.
 */
export function useNearViewport(margin = "300px"): [(node: Element | null) => void, boolean] {
  const [seen, setSeen] = useState(false);
  // False at build time and while such a page hydrates (docs/decisions/009), so both render alike.
  const cannotTell = useRenderedInBrowser() && typeof IntersectionObserver === "undefined";
  const near = seen || cannotTell;
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (node: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (node === null || near) return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setSeen(true);
            observer.current?.disconnect();
          }
        },
        { rootMargin: margin },
      );
      observer.current.observe(node);
    },
    [near, margin],
  );
  return [ref, near];
}
