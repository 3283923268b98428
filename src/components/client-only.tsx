import { useSyncExternalStore, type ReactNode } from "react";

function subscribeToNothing() {
  return () => undefined;
}

/**
 * Its children in the browser; `fallback` in a view rendered at build time and while such a view
 * hydrates (docs/decisions/009). For parts that need a real DOM, such as Leaflet.
 */
export function ClientOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return inBrowser ? children : fallback;
}
