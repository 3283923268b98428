import { point, type LatLngBoundsExpression, type PointTuple } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Room kept around the region, so a marker at its edge is drawn whole. */
export const REGION_PADDING: PointTuple = [28, 28];

/**
 * Keeps the whole region within reach at every size: zooming out stops where the map would show
 * past the drawn basemap (the outlines would end in a straight cut), but never before the whole
 * region fits. While the reader has not moved the map, a change of its size fits the region again.
 */
export function KeepInsideBasemap({
  basemapBounds,
  region,
  fitOnResize,
}: {
  basemapBounds: LatLngBoundsExpression;
  region: LatLngBoundsExpression;
  /** False where the map follows a selected place instead (SteerToPlace). */
  fitOnResize: boolean;
}) {
  const map = useMap();
  useEffect(
    function limitZoomToBasemap() {
      let fitted: { zoom: number; lat: number; lng: number } | undefined;
      const remember = () => {
        const centre = map.getCenter();
        fitted = { zoom: map.getZoom(), lat: centre.lat, lng: centre.lng };
      };
      const limit = () => {
        const regionZoom = map.getBoundsZoom(region, false, point(REGION_PADDING).multiplyBy(2));
        map.setMinZoom(Math.min(map.getBoundsZoom(basemapBounds, true), regionZoom));
      };
      const onResize = () => {
        limit();
        const centre = map.getCenter();
        const untouched =
          fitted !== undefined &&
          fitted.zoom === map.getZoom() &&
          Math.abs(fitted.lat - centre.lat) < 1e-6 &&
          Math.abs(fitted.lng - centre.lng) < 1e-6;
        if (fitOnResize && untouched) {
          map.fitBounds(region, { padding: REGION_PADDING, animate: false });
          remember();
        }
      };
      limit();
      if (fitOnResize) {
        map.fitBounds(region, { padding: REGION_PADDING, animate: false });
        remember();
      }
      map.on("resize", onResize);
      return () => {
        map.off("resize", onResize);
      };
    },
    [map, basemapBounds, region, fitOnResize],
  );
  return null;
}
