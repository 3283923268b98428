import type { SVGTextElementAttributes } from "react";
import { meetingCountBadge, meetingCountLabel, type Place } from "../../data/venue-groups";
import { markName, markRadius, nameGap, type LabelSide } from "./place-mark-layout";

function labelPosition(
  side: LabelSide,
  offset: number,
): Pick<SVGTextElementAttributes<SVGTextElement>, "x" | "y" | "dy" | "textAnchor"> {
  switch (side) {
    case "right":
      return { x: offset, dy: "0.35em", textAnchor: "start" };
    case "left":
      return { x: -offset, dy: "0.35em", textAnchor: "end" };
    case "above":
      return { y: -(offset + 2), textAnchor: "middle" };
  }
}

/** A place's circle with its meeting count and its name; the selected one larger, ringed, in bold. */
export function PlaceMark({
  place,
  at: [x, y],
  scale,
  selected,
  side,
}: {
  place: Place;
  at: readonly [number, number];
  scale: number;
  selected: boolean;
  side: LabelSide;
}) {
  const r = markRadius(place, selected);
  const badge = meetingCountBadge(place.meetings);
  const offset = r + nameGap(selected);
  const classes = [
    "venue-map__place",
    place.countryOnly ? "venue-map__place--country" : "",
    selected ? "venue-map__place--selected" : "",
  ];
  return (
    <g
      className={classes.filter(Boolean).join(" ")}
      transform={`translate(${x} ${y}) scale(${scale})`}
    >
      {selected ? <circle className="venue-map__ring" r={r + 5} /> : null}
      <circle className="venue-map__dot" r={r} />
      <text
        className="venue-map__count"
        dy="0.35em"
        textAnchor="middle"
        // "5+1" is held to the circle's width rather than running past it.
        {...(badge.length > 2 ? { textLength: r * 1.7, lengthAdjust: "spacingAndGlyphs" } : {})}
      >
        {badge}
      </text>
      <text className="venue-map__label" {...labelPosition(side, offset)}>
        {markName(place)}
        <title>{`${place.label}: ${meetingCountLabel(place.meetings)}`}</title>
      </text>
    </g>
  );
}
