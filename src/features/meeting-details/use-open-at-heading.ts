import { useEffect, useRef, type RefObject } from "react";
import { lastInputModality } from "../../components/input-modality";

/**
 * When another meeting is opened, its details start at its heading: if the page was scrolled down
 * (the reader had been reading the last meeting's sources), it scrolls back to the heading. Focus
 * goes to the heading too, so a screen reader starts there, unless the reader is driving the
 * timeline or the stepper by keyboard (they keep their place) or an achievement is being shown
 * (it takes focus itself). Not on the first view of a page: that already starts at the top.
 */
export function useOpenAtHeading(
  heading: RefObject<HTMLElement | null>,
  meetingId: string,
  achievementShown: boolean,
): void {
  const first = useRef(true);
  useEffect(
    function openAtHeading() {
      if (first.current) {
        first.current = false;
        return;
      }
      const element = heading.current;
      if (element === null) return;
      if (element.getBoundingClientRect().top < 0) {
        element.scrollIntoView({ block: "start" });
      }
      if (achievementShown) return;
      const focusLost =
        document.activeElement === null ||
        document.activeElement === document.body ||
        !document.activeElement.isConnected;
      if (lastInputModality() === "pointer" || focusLost) element.focus({ preventScroll: true });
    },
    [heading, meetingId, achievementShown],
  );
}
