import { withCatalogs } from "../../data/i18n/catalogs";
import { StableLink } from "../../components/stable-link";
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useId, useMemo, useState } from "react";

import { ErrorBoundary } from "../../components/error-boundary";
import { usePrinting } from "../../components/use-printing";
import type { DatasetIndex } from "../../data/dataset-index";
import { groupMeetingsByPlace, placeKeyOfMeeting } from "../../data/venue-groups";
import { MapLegend } from "./map-legend";
import { useNearViewport } from "./use-near-viewport";
import { VenueList } from "./venue-list";
import "./map-panel.css";
import { mapText } from "./messages";
import { activeLocale } from "../../data/i18n/locale";
import { shownText } from "../../data/localized-text";

const LeafletMap = lazy(() => import("./leaflet-map").then(withCatalogs));

/**
 * The venue map with its legend and list. Leaflet and the basemap load lazily inside an error
 * boundary, so the list, the timeline and the details work before, and without, the map.
 */
export default function MapPanel({
  index,
  selectedId,
  variant,
}: {
  index: DatasetIndex;
  selectedId: string | undefined;
  variant: "side" | "full";
}) {
  const groups = useMemo(() => groupMeetingsByPlace(index), [index]);
  // The basemap names countries in English; a Japanese page labels them as the dataset's sources do.
  const countryNames = useMemo(
    () =>
      new Map(
        [...index.countriesByCode].flatMap(([code, country]) => {
          const shown = shownText(country.name);
          return shown.lang === activeLocale() && shown.lang !== "en" ? [[code, shown.text]] : [];
        }),
      ),
    [index],
  );
  const [withTiles, setWithTiles] = useState(false);
  const tilesId = useId();
  const { reset: resetQueries } = useQueryErrorResetBoundary();
  // Leaflet and the basemap cost the most work on the page; on a phone the map starts below the
  // fold, so they wait until it is about to be seen.
  const [mapBox, mapNear] = useNearViewport();
  const selectedKey = placeKeyOfMeeting(index, selectedId);
  // Leaflet prints badly (a map laid out for the screen, cut by the paper's width): the full map
  // prints as a drawing of the whole region instead.
  const printing = usePrinting() && variant === "full";
  // Its code is fetched when the full map opens, so that it is there the moment printing starts
  // (a lazy component would print its fallback); the side map never prints.
  const [PrintMap, setPrintMap] = useState<typeof import("./print-map").default>();
  useEffect(
    function loadThePrintMap() {
      if (variant !== "full") return;
      let live = true;
      void import("./print-map").then(withCatalogs).then((module) => {
        if (live) setPrintMap(() => module.default);
      });
      return () => {
        live = false;
      };
    },
    [variant],
  );

  const text = mapText();
  return (
    <section className={`map-panel map-panel--${variant}`} aria-labelledby="map-heading">
      <div className="map-panel__bar">
        <h2 id="map-heading" className="map-panel__heading">
          {text.venuesMap()}
        </h2>
        {variant === "side" ? <StableLink to="/map">{text.fullSize()}</StableLink> : null}
      </div>
      <div className="map-panel__map" ref={mapBox}>
        <ErrorBoundary
          fallback={(error, reset) => (
            <div className="map-panel__error" role="alert">
              <p>{text.mapFailed({ message: error.message })}</p>
              <p>{text.listHasSame()}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  resetQueries();
                  reset();
                }}
              >
                {text.tryAgain()}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p className="map-panel__loading">{text.loading()}</p>}>
            {mapNear ? (
              <LeafletMap
                places={groups.places}
                selectedKey={selectedKey}
                withTiles={withTiles}
                countryNames={countryNames}
              />
            ) : (
              <p className="map-panel__loading">{text.loadsInView()}</p>
            )}
          </Suspense>
        </ErrorBoundary>
      </div>
      {printing && PrintMap !== undefined ? <PrintMap places={groups.places} /> : null}
      <p className="map-panel__tiles">
        <input
          id={tilesId}
          type="checkbox"
          checked={withTiles}
          onChange={(event) => {
            setWithTiles(event.target.checked);
          }}
        />
        <label htmlFor={tilesId}>{text.showTiles()}</label>
      </p>
      <MapLegend />
      <VenueList index={index} groups={groups} selectedId={selectedId} />
    </section>
  );
}
