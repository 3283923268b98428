import { useSyncExternalStore } from "react";
import { storedPreference } from "../../components/stored-preference";

export type PresenterTheme = "light" | "dark";

const preference = storedPreference<PresenterTheme>(
  "ajcpm.presenter-theme",
  ["light", "dark"],
  "light",
);

/** Makes `theme` the projector theme, remembered for the next briefing. */
export function savePresenterTheme(theme: PresenterTheme): void {
  preference.save(theme);
}

/** The projector theme; a slide rendered at build time is light until it hydrates. */
export function usePresenterTheme(): PresenterTheme {
  return useSyncExternalStore<PresenterTheme>(preference.subscribe, preference.read, () => "light");
}
