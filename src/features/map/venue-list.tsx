import { memo, type ReactNode } from "react";
import { LazyDetails } from "../../components/lazy-details";
import { StableLink } from "../../components/stable-link";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { placeLabel, shortLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import type { Meeting } from "../../data/schema";
import { meetingCountLabel, type Place, type PlaceGroups } from "../../data/venue-groups";
import { mapText } from "./messages";

function MeetingRow({
  meeting,
  current,
  detail,
}: {
  meeting: Meeting;
  current: boolean;
  detail: string;
}) {
  return (
    <li>
      <StableLink to={meetingPath(meeting.id)} aria-current={current ? "page" : undefined}>
        {shortLabel(meeting)}
      </StableLink>{" "}
      <span className="venue-list__date">{detail}</span>
    </li>
  );
}

/** Above this many meetings a place's list is folded, and built only when opened. */
const FOLD_ABOVE = 12;

/**
 * A place's (or the unplaced) list, folded when long so that a big dataset does not put thousands
 * of links on every page. A folded list says in words when it holds the selected meeting.
 */
function Foldable({
  summary,
  summaryWhenUnfolded,
  count,
  holdsSelection,
  children,
}: {
  summary: string;
  summaryWhenUnfolded: boolean;
  count: number;
  holdsSelection: boolean;
  children: () => ReactNode;
}) {
  if (count > FOLD_ABOVE) {
    const text = holdsSelection ? mapText().holdsSelected({ summary }) : summary;
    return (
      <LazyDetails summary={<span className="venue-list__summary">{text}</span>}>
        {children}
      </LazyDetails>
    );
  }
  return (
    <>
      {summaryWhenUnfolded ? <span className="venue-list__place">{summary}</span> : null}
      {children()}
    </>
  );
}

/** One place and its meetings; memoised so a new selection re-renders only the places it touches. */
const PlaceItem = memo(function PlaceItem({
  place,
  selectedId,
}: {
  place: Place;
  /** The selection, when it is one of this place's meetings. */
  selectedId: string | undefined;
}) {
  return (
    <li>
      <Foldable
        summary={mapText().placeAndCount({
          label: place.label,
          count: meetingCountLabel(place.meetings),
        })}
        summaryWhenUnfolded
        count={place.meetings.length}
        holdsSelection={selectedId !== undefined}
      >
        {() => (
          <ul className="venue-list__meetings">
            {place.meetings.map((meeting) => (
              <MeetingRow
                key={meeting.id}
                meeting={meeting}
                current={meeting.id === selectedId}
                detail={formatPartialDate(meeting.date)}
              />
            ))}
          </ul>
        )}
      </Foldable>
    </li>
  );
});

/** The whole map as a list: the keyboard and screen-reader alternative, and the home of unplaced meetings. */
export function VenueList({
  index,
  groups,
  selectedId,
}: {
  index: DatasetIndex;
  groups: PlaceGroups;
  selectedId: string | undefined;
}) {
  return (
    <div className="venue-list">
      <h3 id="venue-list-heading">{mapText().venues()}</h3>
      <ul className="venue-list__places" aria-labelledby="venue-list-heading">
        {groups.places.map((place) => (
          <PlaceItem
            key={place.key}
            place={place}
            selectedId={place.meetings.some((m) => m.id === selectedId) ? selectedId : undefined}
          />
        ))}
      </ul>
      {groups.unplaced.length === 0 ? null : (
        <>
          <h3 id="unplaced-heading">{mapText().notOnMap()}</h3>
          <Foldable
            summary={meetingCountLabel(groups.unplaced)}
            summaryWhenUnfolded={false}
            count={groups.unplaced.length}
            holdsSelection={groups.unplaced.some((m) => m.id === selectedId)}
          >
            {() => (
              <ul className="venue-list__meetings" aria-labelledby="unplaced-heading">
                {groups.unplaced.map((meeting) => (
                  <MeetingRow
                    key={meeting.id}
                    meeting={meeting}
                    current={meeting.id === selectedId}
                    detail={mapText().placeAndDate({
                      place: placeLabel(index, meeting),
                      date: formatPartialDate(meeting.date),
                    })}
                  />
                ))}
              </ul>
            )}
          </Foldable>
        </>
      )}
    </div>
  );
}
