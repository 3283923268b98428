import { useEffect, useState } from "react";
import { nextBatchEnd } from "./venue-map/country-outlines";

/**
 * How many of a list's items to draw now, growing by about `budget` (in the items' `sizes`, such as
 * coastline points) per task until all are drawn, so that no task blocks input for long. Starts at
 * `start` items (0: the first batch comes a task after the first render). `sizes` should keep its
 * identity between renders (a memo).
 */
export function useDrawnInBatches(sizes: readonly number[], budget: number, start = 0): number {
  const [drawn, setDrawn] = useState(start);
  useEffect(
    function drawTheNextBatch() {
      if (drawn >= sizes.length) return;
      const timer = setTimeout(() => {
        setDrawn((count) => nextBatchEnd(sizes, count, budget));
      }, 0);
      return () => {
        clearTimeout(timer);
      };
    },
    [sizes, drawn, budget],
  );
  return Math.min(drawn, sizes.length);
}
