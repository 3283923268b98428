// The search key's first listener: in the first screen's code, while the hook that acts on it
// (use-search-key.ts) comes with the header's lazy tools.

/** Where a typed "/" belongs to the text, not to the page. */
function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Whether a key press is the search key: "/" without Ctrl, Alt or Meta, not typed into text. */
export function isSearchKey(event: KeyboardEvent): boolean {
  if (event.key !== "/" || event.ctrlKey || event.altKey || event.metaKey) return false;
  return !event.defaultPrevented && !typingInto(event.target);
}

// A "/" pressed before the page has hydrated (a prerendered view answers keys before React does):
// kept, and acted on when the hook below starts listening.
let pressedEarly = false;
let early: ((event: KeyboardEvent) => void) | undefined;

/** Stops the early listener and tells whether a "/" came while it listened (then forgets it). */
export function takeEarlySearchKey(): boolean {
  if (early !== undefined) {
    document.removeEventListener("keydown", early);
    early = undefined;
  }
  const pressed = pressedEarly;
  pressedEarly = false;
  return pressed;
}

/** Starts listening at once (main.tsx), so that a "/" pressed while the page hydrates is not lost. */
export function listenForSearchKeyEarly(): void {
  early = (event) => {
    // The presenter has no search key: a "/" there must not open search once the briefer leaves.
    if (isSearchKey(event) && !/\/present(\/|$)/.test(window.location.pathname)) {
      pressedEarly = true;
    }
  };
  document.addEventListener("keydown", early);
}
