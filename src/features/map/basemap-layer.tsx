import type { PathOptions } from "leaflet";
import { GeoJSON, Marker } from "react-leaflet";
import type { BasemapCountry } from "../../data/basemap-schema";
import { countryLabelIcon } from "./venue-icon";

/** Fill and outline carry the distinction; the legend and labels say it in words as well. */
function styleFor(group: BasemapCountry["properties"]["group"], withTiles: boolean): PathOptions {
  const fillOpacity = withTiles ? 0.25 : 1;
  switch (group) {
    case "japan":
      return { color: "#7a1f1f", weight: 2, dashArray: "6 4", fillColor: "#f6dada", fillOpacity };
    case "asean":
      return { color: "#0b4f8a", weight: 1.5, fillColor: "#dbe8f5", fillOpacity };
    case "neighbour":
      return {
        color: "#a8b0ba",
        weight: 0.75,
        fillColor: "#eef0f2",
        fillOpacity: withTiles ? 0 : 1,
      };
  }
}

/** Small states that vanish at low zoom get their label pinned regardless. */
const SMALL = new Set(["SG", "BN"]);

export function BasemapLayer({
  countries,
  withTiles,
}: {
  countries: readonly BasemapCountry[];
  withTiles: boolean;
}) {
  return (
    <>
      {countries.map((country) => (
        <GeoJSON
          key={`${country.properties.id}-${withTiles ? "t" : "o"}`}
          data={country}
          interactive={false}
          style={styleFor(country.properties.group, withTiles)}
        />
      ))}
      {countries
        .filter((country) => country.properties.group !== "neighbour")
        .map((country) => (
          <Marker
            key={`label-${country.properties.id}`}
            position={[country.properties.label[1], country.properties.label[0]]}
            icon={countryLabelIcon(
              country.properties.name,
              SMALL.has(country.properties.code ?? ""),
            )}
            interactive={false}
            keyboard={false}
          />
        ))}
    </>
  );
}
