import { useEffect, useState } from "react";

/** How long the pointer may rest before the control bar hides, in milliseconds. */
export const BAR_IDLE_MS = 2000;

/**
 * Whether the presenter's control bar is out of the way: after 2 s without pointer movement, and
 * at once on entering full screen; moving the pointer brings it back. (It keeps its place on the
 * screen while hidden, so it never covers slide content, and it shows while a control in it has
 * keyboard focus: presenter.css.)
 */
export function useBarAutohide(): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(function hideWhenIdle() {
    let timer = window.setTimeout(() => {
      setHidden(true);
    }, BAR_IDLE_MS);
    const wake = () => {
      setHidden(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setHidden(true);
      }, BAR_IDLE_MS);
    };
    const onFullscreen = () => {
      if (document.fullscreenElement !== null) setHidden(true);
    };
    window.addEventListener("pointermove", wake);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pointermove", wake);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, []);
  return hidden;
}
