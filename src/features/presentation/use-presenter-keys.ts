import { useEffectEvent, useLayoutEffect } from "react";
import { presenterAction, type PresenterAction } from "./presenter-keys";

const INTERACTIVE = "a, button, input, select, textarea, summary, [role='button']";

/**
 * Calls `onAction` for each key press that means something in presenter mode (presenterAction),
 * and stops the browser's own use of that key. The listener is on the window while the caller is
 * mounted, added once; it always sees the latest `state` and `onAction`.
 */
export function usePresenterKeys(
  state: { blank: boolean; typing: boolean; helpOpen: boolean; gridOpen?: boolean },
  onAction: (action: PresenterAction) => void,
): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Words typed into a field (speaker notes) are not presenter commands.
    if (
      event.target instanceof HTMLElement &&
      event.target.closest("textarea, input, select, [contenteditable='true']") !== null
    ) {
      return;
    }
    const onControl = event.target instanceof Element && event.target.closest(INTERACTIVE) !== null;
    // Enter and Space on a focused button or link do what that control says.
    const activates = event.key === "Enter" || event.key === " ";
    if (onControl && activates && !state.blank && !state.typing) return;
    const action = presenterAction(event.key, state);
    if (action === undefined) return;
    event.preventDefault();
    onAction(action);
  });
  // A layout effect: the listener is in place in the same commit that puts the slide on screen. A
  // passive effect runs after paint, and a clicker press in that gap was lost (seen in CI under
  // load: PageDown on a slide just shown did nothing).
  useLayoutEffect(function listenForPresenterKeys() {
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
