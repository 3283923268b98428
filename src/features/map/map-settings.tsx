import { useEffect } from "react";
import { useMap } from "react-leaflet";

/**
 * The map's deepest zoom, changed after mount (MapContainer's own `maxZoom` is read once): the
 * outlines are worth level 9 at most; tiles have detail down to 18.
 */
export function ZoomLimit({ max }: { max: number }) {
  const map = useMap();
  useEffect(
    function setDeepestZoom() {
      map.setMaxZoom(max);
    },
    [map, max],
  );
  return null;
}

/**
 * Marks the map's box while tiles are shown, so the stylesheet fades the outlines' fills over them:
 * one class on one element, not a restyle (or a redraw) of every outline.
 */
export function TilesShown({ shown }: { shown: boolean }) {
  const map = useMap();
  useEffect(
    function markTilesShown() {
      map.getContainer().classList.toggle("leaflet-map--tiles", shown);
    },
    [map, shown],
  );
  return null;
}

/**
 * Tells Leaflet when its box changes size for any reason, not only a window resize (Leaflet's own
 * check): a text size change, a column reflowing, the side panel opening. Without it Leaflet keeps
 * drawing at the old size, outlines stop short and the selected place sits off-centre.
 */
export function FollowBoxSize() {
  const map = useMap();
  useEffect(
    function followBoxSize() {
      if (typeof ResizeObserver === "undefined") return;
      let frame = 0;
      const observer = new ResizeObserver(() => {
        // Once per frame, however many changes arrive in it.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          // Keeps the centre where it was, so the selected place stays in the middle.
          map.invalidateSize();
        });
      });
      observer.observe(map.getContainer());
      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
