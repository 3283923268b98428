import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Moves the map to the selected place; MapContainer's own props are fixed after mount. */
export function SteerToPlace({ lat, lng }: { lat: number | undefined; lng: number | undefined }) {
  const map = useMap();
  useEffect(
    function moveToSelectedPlace() {
      if (lat === undefined || lng === undefined) return;
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.setView([lat, lng], Math.max(map.getZoom(), 5), { animate: !reduceMotion });
    },
    [map, lat, lng],
  );
  return null;
}
