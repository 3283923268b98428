import { ExternalLink } from "./external-link";
import type { DatasetIndex } from "../data/dataset-index";
import { RecordedDate } from "./not-recorded";
import { NOT_RECORDED } from "../data/not-recorded";
import type { Citation } from "../data/schema";
import { strengthLabel } from "./strength-label";
import "./sources-list.css";
import { partsText } from "./part-messages";

/** Each source a record cites: what it gives, who published it and when, and its full address. */
export function SourcesList({
  index,
  citations,
}: {
  index: DatasetIndex;
  citations: readonly Citation[];
}) {
  return (
    <ol className="sources">
      {citations.map((citation, i) => {
        const source = index.sourcesById.get(citation.sourceId);
        if (source === undefined) return null;
        return (
          <li key={`${citation.sourceId}-${i}`} className="sources__item">
            <p className="sources__title">
              {source.url === NOT_RECORDED ? (
                source.title
              ) : (
                // A spreadsheet gives addresses only: the link is named by its address.
                <ExternalLink href={source.url}>
                  {source.title === NOT_RECORDED ? source.url : source.title}
                </ExternalLink>
              )}
            </p>
            <p className="sources__meta">
              {source.publisher} ·{" "}
              <RecordedDate date={source.date} what={partsText().sourceDate()} /> ·{" "}
              <span
                className={`strength strength--${source.strength === NOT_RECORDED ? "none" : source.strength}`}
              >
                {strengthLabel(source.strength)}
              </span>
            </p>
            <p className="sources__supports">
              {partsText().gives({ supports: citation.supports })}
            </p>
            <p className="sources__url">
              {source.url === NOT_RECORDED ? partsText().addressNotRecorded() : source.url}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
