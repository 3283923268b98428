export type PresenterTheme = "light" | "dark";

const KEY = "ajcpm.presenter-theme";

export function readPresenterTheme(): PresenterTheme {
  try {
    return window.localStorage.getItem(KEY) === "dark" ? "dark" : "light";
  } catch {
    // Storage switched off: the light theme, not remembered.
    return "light";
  }
}

export function savePresenterTheme(theme: PresenterTheme): void {
  try {
    window.localStorage.setItem(KEY, theme);
  } catch {
    // Not remembered across reloads when storage is unavailable; the theme still applies now.
  }
}
