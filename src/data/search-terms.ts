/**
 * Words for search, in English and Japanese alike: Japanese is not written with spaces, so words come
 * from `Intl.Segmenter` (ICU's dictionary) rather than from splitting on spaces.
 */
let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  return segmenter;
}

/** A word as the index keeps it: full-width letters and digits made plain (NFKC), lower case. */
export function normaliseTerm(word: string): string {
  return word.normalize("NFKC").toLowerCase();
}

/** The words of `text`, in order, as written (not normalised). Punctuation and spaces are not words. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const part of wordSegmenter().segment(text))
    if (part.isWordLike === true) words.push(part.segment);
  return words;
}

/** A piece of text to show, marked when it is a word that matched. */
export type MarkedPiece = { text: string; marked: boolean };

/**
 * The lines of `text` (split on "\n") that hold a word in `matched` (normalised words), each as
 * pieces with the matched words marked. A line longer than `around` words either side of its first
 * match (20: an achievement's title stays whole) is cut to that window, with "…" where it was cut. Lines with no match are left out.
 */
export function markedLines(
  text: string,
  matched: ReadonlySet<string>,
  around = 20,
): MarkedPiece[][] {
  const lines: MarkedPiece[][] = [];
  for (const line of text.split("\n")) {
    const pieces: MarkedPiece[] = [];
    const words: number[] = [];
    let first = -1;
    for (const part of wordSegmenter().segment(line)) {
      const marked = part.isWordLike === true && matched.has(normaliseTerm(part.segment));
      if (part.isWordLike === true) words.push(pieces.length);
      if (marked && first === -1) first = words.length - 1;
      pieces.push({ text: part.segment, marked });
    }
    if (first === -1) continue;
    const from = first - around > 0 ? (words[first - around] ?? 0) : 0;
    const last = words[first + around];
    const to = last === undefined ? pieces.length : last + 1;
    lines.push([
      ...(from > 0 ? [{ text: "…", marked: false }] : []),
      ...pieces.slice(from, to),
      ...(to < pieces.length ? [{ text: "…", marked: false }] : []),
    ]);
  }
  return lines;
}
