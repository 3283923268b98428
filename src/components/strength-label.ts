import type { Source } from "../data/schema";

/** A source's strength in words, so it never rests on a letter or a colour alone. */
export function strengthLabel(strength: Source["strength"]): string {
  switch (strength) {
    case "A":
      return "Government source (A)";
    case "B":
      return "News source (B)";
    case "C":
      return "Minor site (C)";
    case "not recorded":
      return "Strength not recorded";
  }
}
