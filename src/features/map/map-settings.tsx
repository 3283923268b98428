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

/** Whether two boxes overlap by more than `slack` pixels each way. */
function clash(a: DOMRect, b: DOMRect, slack: number): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack
  );
}

/**
 * Country names give way to venue markers and to each other: after every zoom, move or resize (and
 * as outlines arrive), a name that would cover a marker or a name already shown is hidden until
 * there is room again. A marker's count must never be half-covered by a name (Singapore's "2"
 * read as "?"); the legend and the venue list name every place anyway.
 */
export function KeepLabelsClear() {
  const map = useMap();
  useEffect(
    function keepLabelsClear() {
      let frame = 0;
      const check = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          const container = map.getContainer();
          const taken = [...container.querySelectorAll(".venue-marker")].map((marker) =>
            marker.getBoundingClientRect(),
          );
          for (const label of container.querySelectorAll<HTMLElement>(".country-label > span")) {
            label.style.visibility = "";
            const box = label.getBoundingClientRect();
            if (taken.some((other) => clash(box, other, 1))) {
              label.style.visibility = "hidden";
            } else {
              taken.push(box);
            }
          }
        });
      };
      map.on("zoomend moveend resize layeradd", check);
      check();
      return () => {
        cancelAnimationFrame(frame);
        map.off("zoomend moveend resize layeradd", check);
      };
    },
    [map],
  );
  return null;
}
