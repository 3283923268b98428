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

const listeners = new Set<() => void>();

export function subscribeFontSize(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The size in use: what the root element says, which is what the page looks like. */
export function appliedFontSize(): FontSize {
  const size = document.documentElement.dataset.fontSize ?? null;
  return isFontSize(size) ? size : "M";
}

/** Sets the size on the root element (CSS scales from there) and remembers it for the next visit. */
export function applyFontSize(size: FontSize, persist: boolean): void {
  document.documentElement.dataset.fontSize = size;
  for (const listener of listeners) listener();
  if (!persist) return;
  try {
    window.localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Not remembered across reloads when storage is unavailable; the size still applies now.
  }
}
