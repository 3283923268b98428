import type { Place } from "../../data/venue-groups";
import type { ViewBox } from "./venue-map-projection";
import { placesText } from "../../data/places-messages";

/** Sizes here are in a mark's own units: the map scales each mark as a whole. */
export function markRadius(place: Place, selected: boolean): number {
  return (selected ? 12 : 9) + 2 * Math.sqrt(place.meetings.length);
}

export function markName(place: Place): string {
  return place.countryOnly ? placesText().countryOnly({ name: place.name }) : place.name;
}

/** The gap between a mark and its name. */
export function nameGap(selected: boolean): number {
  return selected ? 9 : 4;
}

/** How far a mark and its name reach from the place: a bold 14-unit letter is about 8.5 wide. */
export function markReach(place: Place, selected: boolean): number {
  return markRadius(place, selected) + nameGap(selected) + 8.5 * markName(place).length;
}

export type LabelSide = "right" | "left" | "above";

/**
 * A name goes right of its mark; left of it near the view's right edge; above it when another
 * place sits close on its right (Kuala Lumpur beside Singapore), or when it fits on neither side (a
 * long name centred in a slide's window). `reach` is `markReach` in view units.
 */
export function labelSide(
  at: readonly [number, number],
  others: readonly (readonly [number, number])[],
  view: ViewBox,
  reach: number,
): LabelSide {
  const crowded = others.some(
    ([x, y]) => x > at[0] && x - at[0] < reach / 2 && Math.abs(y - at[1]) < reach / 4,
  );
  if (crowded) return "above";
  if (at[0] + reach <= view.x + view.width) return "right";
  return at[0] - reach >= view.x ? "left" : "above";
}
