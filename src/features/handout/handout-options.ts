import type { DatasetIndex } from "../../data/dataset-index";
import { recordedFacts, type SlideRef } from "../../data/deck";
import { decodeDeck } from "../../data/deck-address";
import {
  filterMeetings,
  isFiltered,
  parseFilter,
  type MeetingFilter,
} from "../../data/meeting-filter";
import type { Meeting } from "../../data/schema";

/** Which meetings the handout covers: all, the timeline's filter, or a briefing's meetings. */
export type HandoutScope = "all" | "filter" | "deck";

/** The handout's choices, as its address holds them (`/handout?meetings=filter&host=JP&empty=leave-out&notes=on`). */
export type HandoutOptions = {
  scope: HandoutScope;
  filter: MeetingFilter;
  /** The briefing's slides and the id its notes are kept under, when a briefing is given. */
  deck: { refs: SlideRef[]; id: string } | undefined;
  leaveOutEmpty: boolean;
  withNotes: boolean;
};

export function readHandoutOptions(params: URLSearchParams, index: DatasetIndex): HandoutOptions {
  const code = params.get("deck");
  const deck =
    code === null ? undefined : { refs: decodeDeck(code).refs, id: params.get("id") ?? code };
  const { filter } = parseFilter(params, index);
  const asked = params.get("meetings");
  const scope: HandoutScope =
    asked === "deck" && deck !== undefined
      ? "deck"
      : asked === "filter" || (asked === null && isFiltered(filter))
        ? "filter"
        : "all";
  return {
    scope,
    filter,
    deck,
    leaveOutEmpty: params.get("empty") === "leave-out",
    withNotes: params.get("notes") === "on",
  };
}

/**
 * The meetings the handout covers, in timeline order, and those it leaves out because their page
 * would say little but "Not recorded" (fewer than two of date, place, co-chairs and achievements).
 */
export function handoutMeetings(
  index: DatasetIndex,
  options: HandoutOptions,
): { meetings: Meeting[]; leftOut: Meeting[] } {
  let chosen: readonly Meeting[] = index.order;
  if (options.scope === "filter") chosen = filterMeetings(index, options.filter).meetings;
  if (options.scope === "deck" && options.deck !== undefined) {
    const ids = new Set(
      options.deck.refs.flatMap((ref) =>
        ref.kind === "meeting" || ref.kind === "achievement" ? [ref.id] : [],
      ),
    );
    chosen = index.order.filter((meeting) => ids.has(meeting.id));
  }
  if (!options.leaveOutEmpty) return { meetings: [...chosen], leftOut: [] };
  return {
    meetings: chosen.filter((meeting) => recordedFacts(meeting) >= 2),
    leftOut: chosen.filter((meeting) => recordedFacts(meeting) < 2),
  };
}
