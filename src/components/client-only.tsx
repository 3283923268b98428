import { useSyncExternalStore, type ReactNode } from "react";

function subscribeToNothing() {
  return () => undefined;
}

/**
 * False while rendering at build time and while the browser hydrates such a page
 * (docs/decisions/009), true from then on and in any page rendered in the browser.
 */
export function useRenderedInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/** Its children in the browser; `fallback` at build time and while hydrating. For parts that need a real DOM, such as Leaflet. */
export function ClientOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useRenderedInBrowser() ? children : fallback;
}
