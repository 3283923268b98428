import type { DatasetIndex } from "./dataset-index";
import { deckText } from "./deck-messages";
import { formatPartialDate } from "./format-date";
import type { Meeting, Source } from "./schema";

/**
 * The short source line a fact slide carries: the publisher (its abbreviation where it gives one)
 * and the date of the record's first source, "Source: METI, 8 October 2014"; "+ 1 more" when the
 * record cites others; "Source: timeline.csv" for a record imported from that file. The full
 * addresses are in the speaker view.
 */
export function sourceLine(index: DatasetIndex, meeting: Meeting): string | undefined {
  const [first, ...others] = meeting.sources;
  const source = first === undefined ? undefined : index.sourcesById.get(first.sourceId);
  if (source === undefined) return undefined;
  // An imported file's own source has no publisher: it is named by its title (the file's name).
  const short =
    source.publisher === "not recorded"
      ? source.title
      : (/\(([A-Z]{2,})\)/.exec(source.publisher)?.[1] ?? source.publisher);
  const text = deckText();
  const dated =
    source.date === "not recorded"
      ? short
      : text.sourceDated({ source: short, date: formatPartialDate(source.date, "long") });
  const more =
    others.length === 0 ? dated : text.sourceMore({ source: dated, count: others.length });
  return text.sourceLine({ source: more });
}

/**
 * "26 public sources"; "1 source" when one has no address (an imported file is not a public
 * source).
 */
export function sourcesPhrase(sources: readonly Source[]): string {
  const public_ = sources.every((source) => source.url !== "not recorded") ? "yes" : "no";
  return deckText().sourcesPhrase({ count: sources.length, public: public_ });
}
