import { StableLink } from "../../components/stable-link";
import { achievementPath, meetingPath } from "../../data/paths";
import type { MarkedPiece } from "../../data/search-terms";
import { matchedFields, type SearchHit } from "./search-index";
import { fieldLabel, searchText } from "./search-text";

function Marked({ pieces }: { pieces: readonly MarkedPiece[] }) {
  return (
    <>{pieces.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>
  );
}

/**
 * One result: a link to the meeting (or the achievement) it found, where it is, and each field that
 * matched with the matched words marked (`<mark>`: announced by screen readers that support it, and
 * drawn with a box as well as a colour, so it holds in forced colours).
 */
export function SearchResult({
  hit,
  meetingLabel,
  context,
}: {
  hit: SearchHit;
  meetingLabel: string;
  context: string;
}) {
  const to =
    hit.n === undefined ? meetingPath(hit.meetingId) : achievementPath(hit.meetingId, hit.n);
  const name =
    hit.n === undefined
      ? meetingLabel
      : searchText().achievement({ n: hit.n, meeting: meetingLabel });
  return (
    <li className="search__result">
      <p className="search__result-title">
        <StableLink to={to}>{name}</StableLink>
        {context === "" ? null : <span className="search__context"> · {context}</span>}
      </p>
      <dl className="search__fields">
        {matchedFields(hit).map(({ field, lines }) => (
          <div key={field}>
            <dt>{fieldLabel(field)}</dt>
            {lines.map((line, i) => (
              <dd key={i}>
                <Marked pieces={line} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </li>
  );
}
