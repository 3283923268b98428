import { useLayoutEffect, type RefObject } from "react";

/** The smallest the slide's type may get, as a share of its full size, before it scrolls instead. */
export const FIT_FLOOR = 0.6;
/** Never smaller than this many CSS pixels, whatever the share. */
const FLOOR_PX = 14;

/** The boxes that scroll when the slide is past its smallest type: the slide and its text column. */
function scrollers(slide: HTMLElement): HTMLElement[] {
  return [slide, ...slide.querySelectorAll<HTMLElement>(".slide__text")];
}

/** Whether every box in the slide that clips its content (the slide, its text column) shows it all. */
function fits(slide: HTMLElement): boolean {
  const boxes = [slide, ...slide.querySelectorAll<HTMLElement>(".slide__text, .slide__centre")];
  return boxes.every(
    (box) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1,
  );
}

/**
 * Fits a slide's text to the screen: the type shrinks (the `--fit` custom property, a share of its
 * full size) until everything shows, down to FIT_FLOOR of its size and never below 14 px; past that
 * the slide scrolls (`presenter__slide--scrolls`) rather than cut anything off. Measured again when
 * the slide changes (`shown`) or its box changes size (a window resize, another screen).
 */
export function useFitSlide(slide: RefObject<HTMLElement | null>, shown: unknown): void {
  useLayoutEffect(
    function fitTheSlide() {
      const element = slide.current;
      if (element === null) return;
      let frame = 0;
      const fit = () => {
        element.classList.remove("presenter__slide--scrolls");
        for (const box of scrollers(element)) box.removeAttribute("tabindex");
        element.style.setProperty("--fit", "1");
        if (fits(element)) return;
        const full = Number.parseFloat(getComputedStyle(element).fontSize);
        const floor = Math.min(1, Math.max(FIT_FLOOR, FLOOR_PX / full));
        element.style.setProperty("--fit", String(floor));
        if (!fits(element)) {
          element.classList.add("presenter__slide--scrolls");
          // A box that scrolls must be reachable by keyboard to be scrolled.
          for (const box of scrollers(element)) box.setAttribute("tabindex", "0");
          return;
        }
        // The largest share that fits, to within 2 %.
        let low = floor;
        let high = 1;
        while (high - low > 0.02) {
          const middle = (low + high) / 2;
          element.style.setProperty("--fit", String(middle));
          if (fits(element)) low = middle;
          else high = middle;
        }
        element.style.setProperty("--fit", String(low));
      };
      fit();
      if (typeof ResizeObserver === "undefined") return;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(fit);
      });
      observer.observe(element);
      if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
      };
    },
    // `shown` (the slide number) changes with the slide, whose section is a new element.
    [slide, shown],
  );
}
