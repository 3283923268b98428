import { useSyncExternalStore } from "react";

export type PresenterTheme = "light" | "dark";

const KEY = "ajcpm.presenter-theme";

// The choice of this visit, which holds even where storage is switched off.
let chosen: PresenterTheme | undefined;

export function readPresenterTheme(): PresenterTheme {
  if (chosen !== undefined) return chosen;
  try {
    return window.localStorage.getItem(KEY) === "dark" ? "dark" : "light";
  } catch {
    // Storage switched off: the light theme, not remembered.
    return "light";
  }
}

const listeners = new Set<() => void>();

export function subscribePresenterTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function savePresenterTheme(theme: PresenterTheme): void {
  chosen = theme;
  for (const listener of listeners) listener();
  try {
    window.localStorage.setItem(KEY, theme);
  } catch {
    // Not remembered across reloads when storage is unavailable; the theme still applies now.
  }
}

/** The projector theme; a slide rendered at build time is light until it hydrates. */
export function usePresenterTheme(): PresenterTheme {
  return useSyncExternalStore<PresenterTheme>(
    subscribePresenterTheme,
    readPresenterTheme,
    () => "light",
  );
}
