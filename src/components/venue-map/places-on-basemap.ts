import type { Basemap } from "../../data/basemap-schema";
import type { Place } from "../../data/venue-groups";

/**
 * The places as a map draws them. A place known only by its country (the 8th meeting: Indonesia,
 * city not recorded) stands at the point where the basemap names that country, not at a city the
 * sources do not give; every other place stands where the dataset puts it. The same places and
 * basemap give the same array (the drawn outlines are kept per array: country-outlines.ts).
 */
export function placesOnBasemap(places: readonly Place[], basemap: Basemap): readonly Place[] {
  let forPlaces = kept.get(places);
  if (forPlaces === undefined) {
    forPlaces = new WeakMap();
    kept.set(places, forPlaces);
  }
  let shown = forPlaces.get(basemap);
  if (shown === undefined) {
    shown = moveCountryPlaces(places, basemap);
    forPlaces.set(basemap, shown);
  }
  return shown;
}

const kept = new WeakMap<readonly Place[], WeakMap<Basemap, readonly Place[]>>();

function moveCountryPlaces(places: readonly Place[], basemap: Basemap): readonly Place[] {
  if (!places.some((place) => place.countryOnly)) return places;
  const labels = new Map(
    basemap.features.map((country) => [country.properties.code, country.properties.label]),
  );
  return places.map((place) => {
    const label = place.countryOnly ? labels.get(place.country) : undefined;
    return label === undefined ? place : { ...place, lng: label[0], lat: label[1] };
  });
}
