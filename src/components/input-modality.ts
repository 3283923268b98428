let last: "pointer" | "keyboard" = "pointer";

/** Starts noting how the reader acts on the page (main.tsx calls it once, at start). */
export function watchInputModality(): void {
  document.addEventListener("pointerdown", () => (last = "pointer"), { capture: true });
  document.addEventListener("keydown", () => (last = "keyboard"), { capture: true });
}

/**
 * How the reader last acted on the page: "pointer" (mouse, pen, touch) or "keyboard". Views use it
 * to decide where focus goes after a change: a pointer user is taken to the new content; a
 * keyboard user keeps their place in the widget they are driving (the timeline, the stepper).
 */
export function lastInputModality(): "pointer" | "keyboard" {
  return last;
}
