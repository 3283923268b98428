import type { LatLngBoundsExpression } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Stops zooming out past the drawn region, where the outlines would end in a straight cut. */
export function KeepInsideBasemap({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(
    function limitZoomToBasemap() {
      const fit = () => {
        map.setMinZoom(map.getBoundsZoom(bounds, true));
      };
      fit();
      map.on("resize", fit);
      return () => {
        map.off("resize", fit);
      };
    },
    [map, bounds],
  );
  return null;
}
