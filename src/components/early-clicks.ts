/**
 * A prerendered page shows its links and buttons before React answers them, and a part whose code
 * is lazy (the header's tools, a meeting's details; decision 019) answers later still: a click
 * there could be lost (React may drop a click on markup it has not hydrated yet). So, inside an
 * element marked `data-early-clicks="<region>"`, from the start (main.tsx) until that region says
 * it is ready:
 * - a click on a link, button or checkbox is held, then given again to the same control: the
 *   same element where the page hydrated, the control in the same place where it rendered afresh
 *   (an address with a filter) and replaced the prerendered markup;
 * - except a link in a region marked `data-early-links="native"` (the header: a language switch
 *   must not be followed after the reader has gone elsewhere), which the browser follows at once.
 */
const CONTROLS = "a[href], button, input";
const held = new Map<string, number>();
const ready = new Set<string>();

function regionElement(region: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-early-clicks="${region}"]`);
}

/** Starts holding early clicks; called once, at start. */
export function holdEarlyClicks(): void {
  document.addEventListener(
    "click",
    (event) => {
      if (!(event.target instanceof Element)) return;
      // A click meant for a new tab or window is the browser's to follow, now.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      const control = event.target.closest<HTMLElement>(CONTROLS);
      const box = control?.closest<HTMLElement>("[data-early-clicks]");
      const region = box?.dataset.earlyClicks;
      if (control == null || box == null || region === undefined || ready.has(region)) return;
      // Before the page's own handlers, which are not ready for it.
      event.stopPropagation();
      if (control instanceof HTMLAnchorElement && box.dataset.earlyLinks === "native") return;
      // The click is answered once, when the region is ready.
      event.preventDefault();
      held.set(region, [...box.querySelectorAll(CONTROLS)].indexOf(control));
    },
    { capture: true },
  );
}

/** Called by a region once React answers its clicks (an effect): a held click is given again. */
export function earlyClicksReady(region: string): void {
  ready.add(region);
  const at = held.get(region);
  held.delete(region);
  if (at === undefined || at < 0) return;
  const control = regionElement(region)?.querySelectorAll<HTMLElement>(CONTROLS)[at];
  control?.click();
}
