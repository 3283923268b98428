import { NOT_RECORDED, type CoChair } from "./schema";

/**
 * "Mr. Ryozo Hayashi, Director, Meiji Institute": what is recorded of a co-chair, or undefined if
 * nothing is. Its own module: only lazy views (handout, CSV) use it, so it stays off the first screen.
 */
export function coChairDetails(chair: CoChair): string | undefined {
  const known = [chair.name, chair.role, chair.organisation].filter(
    (part) => part !== NOT_RECORDED,
  );
  return known.length === 0 ? undefined : known.join(", ");
}
