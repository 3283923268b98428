/**
 * A prerendered page shows its buttons before React answers them, and a part whose code is lazy
 * (the header's tools, decision 019) answers later still: a click there would be lost. So clicks
 * on a button or checkbox inside an element marked `data-early-clicks="<region>"` are held from the
 * start (main.tsx) until that region says it is ready, then given again to the same element, which
 * hydration keeps. Links are left alone: the browser follows them either way.
 */
const held = new Map<string, HTMLElement>();
const ready = new Set<string>();

/** Starts holding early clicks; called once, at start. */
export function holdEarlyClicks(): void {
  document.addEventListener(
    "click",
    (event) => {
      if (!(event.target instanceof Element)) return;
      const control = event.target.closest<HTMLElement>("button, input");
      const region = control?.closest<HTMLElement>("[data-early-clicks]")?.dataset.earlyClicks;
      if (control == null || region === undefined || ready.has(region)) return;
      // Before the page's own handlers: the click is answered once, when the region is ready.
      event.preventDefault();
      event.stopPropagation();
      held.set(region, control);
    },
    { capture: true },
  );
}

/** Called by a region once React answers its clicks (an effect): a held click is given again. */
export function earlyClicksReady(region: string): void {
  ready.add(region);
  const control = held.get(region);
  held.delete(region);
  if (control?.isConnected === true) control.click();
}
