import { coChairDetails } from "./co-chair-details";
import type { DatasetIndex } from "./dataset-index";
import { countryName } from "./meeting-labels";
import { NOT_RECORDED } from "./not-recorded";
import type { Meeting } from "./schema";
import { allTexts } from "./localized-text";

/** Where in a record a search can match, in the order results list them. */
export const SEARCH_FIELDS = [
  "title",
  "achievement",
  "summary",
  "coChairs",
  "organisations",
  "place",
  "notes",
  "sources",
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * One searchable thing: a meeting (its own fields) or one of its achievements (title and text), with
 * the words of each field as the dataset has them. `n` is the achievement's number, from 1.
 */
export type SearchDocument = {
  id: string;
  meetingId: string;
  n: number | undefined;
} & Partial<Record<SearchField, string>>;

const SEPARATOR = "\n";

function recorded(value: string): string | undefined {
  return value === NOT_RECORDED ? undefined : value;
}

function joined(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part !== "");
  return kept.length === 0 ? undefined : kept.join(SEPARATOR);
}

/** "Tokyo, Japan" and the venue's own name when it says more; "Online"; nothing where unrecorded. */
function placeText(index: DatasetIndex, meeting: Meeting): string | undefined {
  const location = meeting.location;
  if (location === NOT_RECORDED) return undefined;
  if (location.mode === "online") return "Online";
  const venue = index.venuesById.get(location.venueId);
  if (venue === undefined) return undefined;
  const country = countryName(index, venue.country);
  const city = recorded(venue.city);
  return joined([
    city === undefined || city === country ? country : `${city}, ${country}`,
    venue.name === city || venue.name === country ? undefined : venue.name,
  ]);
}

function meetingDocument(index: DatasetIndex, meeting: Meeting): SearchDocument {
  const chairs = meeting.coChairs === NOT_RECORDED ? [] : meeting.coChairs;
  return {
    id: meeting.id,
    meetingId: meeting.id,
    n: undefined,
    title: joined([
      meeting.title,
      ...(meeting.seriesName === NOT_RECORDED ? [] : allTexts(meeting.seriesName)),
    ]),
    summary: joined([recorded(meeting.summary), recorded(meeting.attendees)]),
    coChairs: joined(
      chairs.map((chair) =>
        [coChairDetails(chair), countryName(index, chair.country)]
          .filter((part) => part !== undefined)
          .join(", "),
      ),
    ),
    organisations: joined([
      ...chairs.map((chair) => recorded(chair.organisation)),
      ...(meeting.hosts === NOT_RECORDED ? [] : meeting.hosts.map((h) => countryName(index, h))),
    ]),
    place: placeText(index, meeting),
    notes: joined(meeting.notes ?? []),
    sources: joined(meeting.sources.map((c) => index.sourcesById.get(c.sourceId)?.title)),
  };
}

/**
 * Everything the search covers (issue 21): for each meeting one document with its title and the
 * series' name then, summary and attendees, co-chairs (name, role, organisation, country),
 * organisations (co-chairs' organisations, host countries), place (city, country, venue), notes and
 * source titles; and one document per achievement (`id` "7.2", title and text). Fields the sources
 * leave "not recorded" are left out, so "not recorded" never matches. Lines of a field are joined
 * with "\n".
 */
export function searchDocuments(index: DatasetIndex): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const meeting of index.order) {
    documents.push(meetingDocument(index, meeting));
    if (meeting.achievements === NOT_RECORDED) continue;
    meeting.achievements.forEach((achievement, i) => {
      documents.push({
        id: `${meeting.id}.${String(i + 1)}`,
        meetingId: meeting.id,
        n: i + 1,
        achievement: joined([achievement.title, achievement.text]),
      });
    });
  }
  return documents;
}
