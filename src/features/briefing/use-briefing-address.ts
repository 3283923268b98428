import { useEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import type { DatasetIndex } from "../../data/dataset-index";
import { keyFactsDeck, type DeckCover, type SlideRef } from "../../data/deck";
import { coverParams, decodeDeck, encodeDeck, readCover } from "../../data/deck-address";
import { newBriefingId } from "../../data/saved-briefings";

/** The briefing being composed, as the address holds it: `/briefing?deck=…&id=…&title=…`. */
export type BriefingState = { id: string; refs: SlideRef[]; cover: DeckCover; ignored: number[] };

/** A new briefing's slides: around one meeting when it was started from that meeting, else Key facts. */
function startingDeck(index: DatasetIndex, from: string | null): SlideRef[] {
  const meeting = from === null ? undefined : index.meetingsById.get(from);
  if (meeting === undefined) return keyFactsDeck(index).refs;
  const achievements =
    meeting.achievements === "not recorded"
      ? []
      : meeting.achievements.map((_, i): SlideRef => ({
          kind: "achievement",
          id: meeting.id,
          n: i + 1,
        }));
  return [
    { kind: "title" },
    { kind: "meeting", id: meeting.id },
    ...achievements,
    { kind: "closing" },
  ];
}

/**
 * The briefing in the address, so that it is shareable and survives a reload; `write` replaces it
 * (no history entry per edit). A first visit starts one (with a new id) and writes it.
 */
export function useBriefingAddress(index: DatasetIndex): {
  briefing: BriefingState;
  /** The briefing as last written, ahead of the render: quick edits build on each other. */
  latest: () => BriefingState;
  write: (next: { refs?: SlideRef[]; cover?: DeckCover; id?: string }) => void;
} {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const briefing = useMemo((): BriefingState => {
    const query = new URLSearchParams(search);
    const code = query.get("deck");
    const decoded = code === null ? undefined : decodeDeck(code);
    return {
      id: query.get("id") ?? newBriefingId(),
      refs: decoded?.refs ?? startingDeck(index, query.get("from")),
      cover: readCover(query),
      ignored: decoded?.ignored ?? [],
    };
  }, [search, index]);
  // As in the timeline's filter: until the last write shows up in the address, older addresses
  // still arriving from renders in flight are not taken as the latest.
  const written = useRef(briefing);
  const pending = useRef<string | null>(null);
  useEffect(
    function followTheAddress() {
      if (pending.current !== null && pending.current !== search) return;
      pending.current = null;
      written.current = briefing;
    },
    [briefing, search],
  );
  function write(next: { refs?: SlideRef[]; cover?: DeckCover; id?: string }) {
    const merged = { ...written.current, ...next };
    written.current = merged;
    const query = coverParams(merged.cover);
    query.set("id", merged.id);
    query.set("deck", encodeDeck(merged.refs));
    pending.current = query.toString();
    setParams(query, { replace: true });
  }
  return { briefing, latest: () => written.current, write };
}

/** The address of a briefing's slide `n` in presenter mode. */
export function presentPath(briefing: BriefingState, n = 1): string {
  const query = coverParams(briefing.cover);
  query.set("id", briefing.id);
  return `/present/${encodeDeck(briefing.refs)}/${String(n)}?${query.toString()}`;
}

/** The address of every slide of a briefing, for printing or saving as PDF. */
export function printPath(briefing: BriefingState): string {
  const query = coverParams(briefing.cover);
  query.set("id", briefing.id);
  return `/present/${encodeDeck(briefing.refs)}/all?${query.toString()}`;
}

/** The handout of a briefing's meetings. */
export function handoutPath(briefing: BriefingState): string {
  const query = coverParams(briefing.cover);
  query.set("id", briefing.id);
  query.set("deck", encodeDeck(briefing.refs));
  query.set("meetings", "deck");
  return `/handout?${query.toString()}`;
}
