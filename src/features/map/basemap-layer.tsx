import type { PathOptions } from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { GeoJSON, Marker } from "react-leaflet";
import type { Basemap, BasemapCountry } from "../../data/basemap-schema";
import { countryLabelIcon } from "./venue-icon";

/** Fill and outline carry the distinction; the legend and labels say it in words as well. */
function makeStyle(group: BasemapCountry["properties"]["group"], withTiles: boolean): PathOptions {
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

// One object per style: react-leaflet restyles a layer whenever its style prop is a new object.
const styles = new Map<string, PathOptions>();
function styleFor(group: BasemapCountry["properties"]["group"], withTiles: boolean): PathOptions {
  const key = `${group}-${String(withTiles)}`;
  let style = styles.get(key);
  if (style === undefined) {
    style = makeStyle(group, withTiles);
    styles.set(key, style);
  }
  return style;
}

/** Countries added per task (see below). */
const COUNTRIES_PER_TASK = 6;

/** Small states that vanish at low zoom get their label pinned regardless. */
const SMALL = new Set(["SG", "BN"]);

export function BasemapLayer({ basemap, withTiles }: { basemap: Basemap; withTiles: boolean }) {
  // The outlines are most of the map's work: they are added a few countries at a time, each batch
  // in a task of its own after the map and its markers, so that no task blocks input for long.
  const total = basemap.features.length;
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => {
      setDrawn((count) => count + COUNTRIES_PER_TASK);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [drawn, total]);
  const countries = basemap.features.slice(0, drawn);
  // One icon per label for the map's life: like a style, a new icon object is set again on each render.
  const labelIcons = useMemo(
    () =>
      new Map(
        basemap.features.map((country) => [
          country.properties.id,
          countryLabelIcon(country.properties.name, SMALL.has(country.properties.code ?? "")),
        ]),
      ),
    [basemap],
  );
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
      {countries.map((country) => {
        const icon = labelIcons.get(country.properties.id);
        return country.properties.group === "neighbour" || icon === undefined ? null : (
          <Marker
            key={`label-${country.properties.id}`}
            position={[country.properties.label[1], country.properties.label[0]]}
            icon={icon}
            interactive={false}
            keyboard={false}
          />
        );
      })}
    </>
  );
}
