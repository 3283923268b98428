/**
 * A prerendered page shows its buttons before React answers them, and a part whose code is lazy
 * (the header's tools, decision 019) answers later still: a click there would be lost. So clicks
 * on a button or checkbox inside an element marked `data-early-clicks="<region>"` are held from the
 * start (main.tsx) until that region says it is ready, then given again to the same control: the
 * same element where the page hydrated, the control in the same place where it rendered afresh
 * (an address with a filter) and replaced the prerendered markup. Links are left alone: the
 * browser follows them either way.
 */
const CONTROLS = "button, input";
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
      const control = event.target.closest<HTMLElement>(CONTROLS);
      const box = control?.closest<HTMLElement>("[data-early-clicks]");
      const region = box?.dataset.earlyClicks;
      if (control == null || box == null || region === undefined || ready.has(region)) return;
      // Before the page's own handlers: the click is answered once, when the region is ready.
      event.preventDefault();
      event.stopPropagation();
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
