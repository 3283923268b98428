import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia("print");
  query.addEventListener("change", onChange);
  window.addEventListener("beforeprint", onChange);
  window.addEventListener("afterprint", onChange);
  return () => {
    query.removeEventListener("change", onChange);
    window.removeEventListener("beforeprint", onChange);
    window.removeEventListener("afterprint", onChange);
  };
}

let printing = false;
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => (printing = true), { capture: true });
  window.addEventListener("afterprint", () => (printing = false), { capture: true });
}

/**
 * True while the page is being printed (or shown as print media), so a view can render for paper
 * what it does not need on screen: the full map as a drawing instead of Leaflet's tiles and panes.
 * The browser lays out the print after `beforeprint`, by which time React has rendered it.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing || window.matchMedia("print").matches,
    () => false,
  );
}
