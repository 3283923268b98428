import type { Source } from "../data/schema";
import { partsText } from "./part-messages";

/** A source's strength in words, so it never rests on a letter or a colour alone. */
export function strengthLabel(strength: Source["strength"]): string {
  switch (strength) {
    case "A":
      return partsText().strengthA();
    case "B":
      return partsText().strengthB();
    case "C":
      return partsText().strengthC();
    case "not recorded":
      return partsText().strengthNotRecorded();
  }
}
