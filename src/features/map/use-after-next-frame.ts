import { useEffect, useState } from "react";

/**
 * False on the first render, true once the browser has drawn a frame since. Work that measures the
 * page (Leaflet reads its container's size as it starts) then finds the layout done, in a task of
 * its own, rather than forcing it inside the task that just added the elements.
 */
export function useAfterNextFrame(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setDone(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return done;
}
