import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { basemapQuery } from "../../data/basemap-query";
import type { Basemap } from "../../data/basemap-schema";
import { meetingCountLabel, type Place } from "../../data/venue-groups";
import { useDrawnInBatches } from "../use-drawn-in-batches";
import { nextBatchEnd, outlinesFor, pathsUpTo } from "./country-outlines";
import { placesOnBasemap } from "./places-on-basemap";
import { PlaceMark } from "./place-mark";
import { labelSide, markReach } from "./place-mark-layout";
import { viewAround, wholeView } from "./venue-map-projection";
import "./venue-map.css";
import { partsText } from "../part-messages";

/** How much a slide shows around its meeting's place: about what Leaflet shows at zoom 5. */
const SLIDE_WINDOW_DEGREES = 26;
/** Slides are read from across a room. */
const SLIDE_MARK_SCALE = 1.4;
/** Coastline points drawn per task the first time (the basemap has ~6,500). */
const POINTS_PER_TASK = 700;

/**
 * `print`: the handout's map, the whole region, pale enough for paper; the list below it names
 * the places. `slide`: a presenter slide's map, centred on the selected place when there is one.
 */
export type VenueMapVariant = "print" | "slide";

/**
 * The venue map drawn as plain SVG, for paper and the projector. Leaflet's tiles and transforms
 * print badly, and a slide needs no pan or zoom: SVG is crisp at any size, costs no Leaflet code
 * and needs nothing but the bundled basemap.
 */
export function VenueMapSvg({
  places,
  selectedKey,
  variant,
  allAtOnce = false,
}: {
  places: readonly Place[];
  selectedKey?: string | undefined;
  variant: VenueMapVariant;
  /** Draw every outline in the first render: for a map rendered just as printing starts. */
  allAtOnce?: boolean;
}) {
  const query = useQuery(basemapQuery);
  if (query.isPending) return <p className="venue-map__status">{partsText().mapLoading()}</p>;
  if (query.isError) {
    return (
      <p className="venue-map__status">
        {partsText().mapUnavailable({ message: query.error.message })}
      </p>
    );
  }
  const shown = placesOnBasemap(places, query.data);
  return (
    <MapDrawing
      basemap={query.data}
      allAtOnce={allAtOnce}
      places={shown}
      selected={shown.find((place) => place.key === selectedKey)}
      variant={variant}
    />
  );
}

function MapDrawing({
  basemap,
  allAtOnce,
  places,
  selected,
  variant,
}: {
  basemap: Basemap;
  allAtOnce: boolean;
  places: readonly Place[];
  selected: Place | undefined;
  variant: VenueMapVariant;
}) {
  const id = useId();
  const outlines = outlinesFor(basemap, places);
  const { projection } = outlines;
  // The first drawing is spread over a few tasks so that none blocks input for long; once drawn,
  // the next slide's map draws every outline at once.
  const drawn = useDrawnInBatches(
    outlines.sizes,
    POINTS_PER_TASK,
    allAtOnce
      ? outlines.sizes.length
      : Math.max(outlines.paths.length, nextBatchEnd(outlines.sizes, 0, POINTS_PER_TASK)),
  );
  const paths = pathsUpTo(outlines, basemap, drawn);
  const zoomed = variant === "slide" && selected !== undefined;
  const view = zoomed
    ? viewAround(projection, selected.lng, selected.lat, SLIDE_WINDOW_DEGREES)
    : wholeView(projection);
  // Marks keep one size on screen whether the view is the whole region or a window of it.
  const markScale = (variant === "slide" ? SLIDE_MARK_SCALE : 1) * (view.width / projection.width);
  // The selected place is drawn last, on top of any neighbour.
  const marks = [
    ...places.filter((place) => place !== selected),
    ...(selected ? [selected] : []),
  ].map((place) => ({
    place,
    at: projection.point(place.lng, place.lat),
    selected: place === selected,
  }));
  return (
    <svg
      className={`venue-map venue-map--${variant}`}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio={zoomed ? "xMidYMid slice" : "xMidYMid meet"}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{partsText().mapOfVenues()}</title>
      <desc id={`${id}-desc`}>{description(places, selected, variant)}</desc>
      {variant === "print" ? (
        // The sea runs past the drawing, under neighbours shown where the page is wider than it.
        <rect
          className="venue-map__sea"
          x={-projection.width}
          y={-projection.height}
          width={3 * projection.width}
          height={3 * projection.height}
        />
      ) : null}
      {paths.map((d, i) => {
        const country = basemap.features[i];
        return country === undefined ? null : (
          <path
            key={country.properties.id}
            className={`venue-map__country venue-map__country--${country.properties.group}`}
            d={d}
          />
        );
      })}
      {marks.map((mark) => (
        <PlaceMark
          key={mark.place.key}
          place={mark.place}
          at={mark.at}
          scale={markScale}
          selected={mark.selected}
          side={labelSide(
            mark.at,
            marks.filter((other) => other !== mark).map((other) => other.at),
            view,
            markReach(mark.place, mark.selected) * markScale,
          )}
        />
      ))}
    </svg>
  );
}

function description(
  places: readonly Place[],
  selected: Place | undefined,
  variant: VenueMapVariant,
): string {
  const text = partsText();
  const marks = text.mapMarks({ count: places.length });
  if (variant === "print") return text.mapPrintDesc({ marks });
  const named = places
    .map((place) =>
      text.mapNamedPlace({ label: place.label, count: meetingCountLabel(place.meetings) }),
    )
    .join(text.mapListSeparator());
  const centre = selected === undefined ? "" : text.mapCentred({ label: selected.label });
  return text.mapDesc({ centre, marks, named });
}
