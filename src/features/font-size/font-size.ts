export const FONT_SIZES = ["S", "M", "L"] as const;
export type FontSize = (typeof FONT_SIZES)[number];

const STORAGE_KEY = "ajcpm.font-size";

function isFontSize(value: string | null): value is FontSize {
  return value === "S" || value === "M" || value === "L";
}

export function readFontSize(): FontSize {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isFontSize(stored) ? stored : "M";
  } catch {
    // Storage can be switched off (private windows, kiosk browsers): fall back to the default size.
    return "M";
  }
}

/** Sets the size on the root element (CSS scales from there) and remembers it for the next visit. */
export function applyFontSize(size: FontSize, persist: boolean): void {
  document.documentElement.dataset.fontSize = size;
  if (!persist) return;
  try {
    window.localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Not remembered across reloads when storage is unavailable; the size still applies now.
  }
}
