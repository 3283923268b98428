import { storedPreference } from "../../components/stored-preference";

export const FONT_SIZES = ["S", "M", "L"] as const;
export type FontSize = (typeof FONT_SIZES)[number];

const preference = storedPreference<FontSize>("ajcpm.font-size", FONT_SIZES, "M");

/** The remembered size (M where none is, or storage is switched off). */
export function readFontSize(): FontSize {
  return preference.read();
}

export const subscribeFontSize = preference.subscribe;

/** The size in use: what the root element says, which is what the page looks like. */
export function appliedFontSize(): FontSize {
  const size = document.documentElement.dataset.fontSize;
  return FONT_SIZES.find((option) => option === size) ?? "M";
}

/** Sets the size on the root element (CSS scales from there); `persist` remembers it for the next visit. */
export function applyFontSize(size: FontSize, persist: boolean): void {
  document.documentElement.dataset.fontSize = size;
  preference.save(size, persist);
}
