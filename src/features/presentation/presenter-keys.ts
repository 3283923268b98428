export type PresenterAction =
  | { type: "next" }
  | { type: "previous" }
  | { type: "first" }
  | { type: "last" }
  | { type: "blank" }
  | { type: "unblank" }
  | { type: "fullscreen" }
  | { type: "exit" }
  | { type: "help" }
  | { type: "speaker" }
  | { type: "grid" }
  | { type: "digit"; digit: string }
  | { type: "jump" }
  | { type: "cancel" };

/**
 * What a key does in presenter mode. Presentation clickers send PageDown / PageUp (some send
 * arrows, Space, Enter or Backspace), so each has a meaning; anything else does nothing.
 */
export function presenterAction(
  key: string,
  state: { blank: boolean; typing: boolean; helpOpen: boolean; gridOpen?: boolean },
): PresenterAction | undefined {
  if (state.blank) return { type: "unblank" };
  if (state.helpOpen) return key === "Escape" || key === "?" ? { type: "help" } : undefined;
  // The overview grid handles its own keys.
  if (state.gridOpen === true) return undefined;
  if (/^[0-9]$/.test(key)) return { type: "digit", digit: key };
  if (state.typing) {
    if (key === "Enter") return { type: "jump" };
    if (key === "Escape" || key === "Backspace") return { type: "cancel" };
  }
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
    case "Enter":
      return { type: "next" };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return { type: "previous" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "b":
    case "B":
    case ".":
      return { type: "blank" };
    case "f":
    case "F":
      return { type: "fullscreen" };
    case "Escape":
      return { type: "exit" };
    case "?":
      return { type: "help" };
    case "s":
    case "S":
      return { type: "speaker" };
    case "o":
    case "O":
    case "g":
    case "G":
      return { type: "grid" };
    default:
      return undefined;
  }
}
