import type { DeckCover, Slide } from "../../data/deck";

/** A deck as a presenting window has it: its slides, title slide words, and its addresses. */
export type PresentedDeck = {
  /** Names the deck for notes and for the link between windows: its address. */
  key: string;
  slides: readonly Slide[];
  cover: DeckCover;
  /** The address of slide n (1-based). */
  addressOf: (n: number) => string;
  /** Slides of the address that could not be shown (not understood, or not in the dataset). */
  lost: number;
};
