import { useEffect, type RefObject } from "react";

/**
 * Scrolls the timeline's own box (never the page) so that link `selected` is in view, when it
 * changes or another page is shown.
 */
export function useRevealSelected(
  container: RefObject<HTMLElement | null>,
  links: RefObject<(HTMLAnchorElement | null)[]>,
  selected: number,
  pageStart: number,
): void {
  useEffect(
    function revealSelectedEntry() {
      // Measured in the next frame, when the browser has laid the page out anyway: measuring now
      // would force that layout inside the render's task and make it one long task.
      const frame = requestAnimationFrame(() => {
        const link = links.current[selected];
        const list = container.current;
        if (link === null || link === undefined || list === null) return;
        // scrollIntoView would move the page as well.
        const top =
          link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
        if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) {
          list.scrollTop = Math.max(0, top - list.clientHeight / 3);
        }
      });
      return () => {
        cancelAnimationFrame(frame);
      };
    },
    [container, links, selected, pageStart],
  );
}
