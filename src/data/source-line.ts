import type { DatasetIndex } from "./dataset-index";
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
  const date = source.date === "not recorded" ? "" : `, ${formatPartialDate(source.date, "long")}`;
  const more = others.length === 0 ? "" : ` + ${String(others.length)} more`;
  return `Source: ${short}${date}${more}`;
}

/**
 * "26 public sources"; "1 source" when one has no address (an imported file is not a public
 * source).
 */
export function sourcesPhrase(sources: readonly Source[]): string {
  const noun = sources.length === 1 ? "source" : "sources";
  const public_ = sources.every((source) => source.url !== "not recorded") ? "public " : "";
  return `${String(sources.length)} ${public_}${noun}`;
}
