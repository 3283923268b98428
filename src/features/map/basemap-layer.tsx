import type { PathOptions } from "leaflet";
import { useMemo } from "react";
import { GeoJSON, Marker } from "react-leaflet";
import type { Basemap, BasemapCountry } from "../../data/basemap-schema";
import { useDrawnInBatches } from "../../components/use-drawn-in-batches";
import { outlinePieces } from "./outline-pieces";
import { countryLabelIcon } from "./venue-icon";

/**
 * Fill and outline carry the distinction; the legend and labels say it in words as well. Each
 * group's class lets the stylesheet fade the fills while tiles are shown (leaflet-map.css).
 * One object per group: react-leaflet restyles a layer whenever its style prop is a new object.
 */
const STYLES: Record<BasemapCountry["properties"]["group"], PathOptions> = {
  japan: {
    className: "outline outline--japan",
    color: "#7a1f1f",
    weight: 2,
    dashArray: "6 4",
    fillColor: "#f6dada",
    fillOpacity: 1,
  },
  asean: {
    className: "outline outline--asean",
    color: "#0b4f8a",
    weight: 1.5,
    fillColor: "#dbe8f5",
    fillOpacity: 1,
  },
  neighbour: {
    className: "outline outline--neighbour",
    color: "#a8b0ba",
    weight: 0.75,
    fillColor: "#eef0f2",
    fillOpacity: 1,
  },
};

/** Coastline points per outline piece, and added per task (see below). */
const POINTS_PER_PIECE = 300;
const POINTS_PER_TASK = 300;

/** Small states that vanish at low zoom get their label pinned regardless. */
const SMALL = new Set(["SG", "BN"]);

export function BasemapLayer({
  basemap,
  countryNames,
}: {
  basemap: Basemap;
  countryNames: ReadonlyMap<string, string>;
}) {
  // The outlines are most of the map's work: they are added in pieces of a few hundred points, each
  // batch in a task of its own after the map and its markers, so that no task blocks input for long.
  const pieces = useMemo(() => outlinePieces(basemap.features, POINTS_PER_PIECE), [basemap]);
  const sizes = useMemo(() => pieces.map((piece) => piece.points), [pieces]);
  const drawn = useDrawnInBatches(sizes, POINTS_PER_TASK);
  const shown = pieces.slice(0, drawn);
  // One icon per label for the map's life: like a style, a new icon object is set again on each render.
  const labelIcons = useMemo(
    () =>
      new Map(
        basemap.features.map((country) => [
          country.properties.id,
          countryLabelIcon(
            countryNames.get(country.properties.code ?? "") ?? country.properties.name,
            SMALL.has(country.properties.code ?? ""),
          ),
        ]),
      ),
    [basemap, countryNames],
  );
  return (
    <>
      {shown.map((piece) => (
        <GeoJSON
          key={piece.key}
          data={piece.part}
          interactive={false}
          style={STYLES[piece.part.properties.group]}
        />
      ))}
      {shown.map((piece) => {
        const country = piece.part.properties;
        const icon = labelIcons.get(country.id);
        return !piece.first || country.group === "neighbour" || icon === undefined ? null : (
          <Marker
            key={`label-${country.id}`}
            position={[country.label[1], country.label[0]]}
            icon={icon}
            interactive={false}
            keyboard={false}
          />
        );
      })}
    </>
  );
}
