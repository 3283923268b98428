import { withCatalogs } from "../data/i18n/catalogs";
import { lazy, useMemo } from "react";
import { Navigate, useParams, useSearchParams } from "react-router";
import { MessageView } from "../components/message-view";
import { StableLink } from "../components/stable-link";
import {
  defaultDeck,
  parseDeckOptions,
  resolveDeck,
  slideOfMeeting,
  type SlideRef,
} from "../data/deck";
import { decodeDeck, readCover } from "../data/deck-address";
import { useDatasetIndex } from "../data/use-dataset-index";
import { Presenter } from "../features/presentation/presenter";
import { routeText } from "./route-messages";
import { sharedText } from "../components/first-screen-messages";

// The speaker view opens in a second window; the audience's window never loads its code.
const SpeakerView = lazy(() => import("../features/presentation/speaker-view").then(withCatalogs));
// Every slide for printing or saving as PDF (`/present/…/all`).
const PrintDeck = lazy(() => import("../features/presentation/print-deck").then(withCatalogs));

/**
 * `/present/7` — slide 7 of the default deck (`?from=5&to=8&achievements=off` narrows it);
 * `/present/<deck>/7` — slide 7 of a composed deck (decision 014), its title in the query;
 * `/present?at=7` opens the default deck on the 7th meeting's slide ("Present from here").
 * `?view=speaker` shows the same slide in the speaker view.
 */
export default function PresentRoute() {
  const index = useDatasetIndex();
  const params = useParams();
  const [query] = useSearchParams();
  const search = query.toString();
  // `/present/<deck>` without a slide number arrives as the one-parameter route; `/present/all`
  // is every slide of the default deck.
  const code =
    params.deck ??
    (params.slide !== undefined && params.slide !== "all" && !/^\d+$/.test(params.slide)
      ? params.slide
      : undefined);
  const slide = params.deck === undefined && code !== undefined ? undefined : params.slide;
  const { refs, ignored } = useMemo((): { refs: SlideRef[]; ignored: number[] } => {
    if (code !== undefined) return decodeDeck(code);
    return { refs: defaultDeck(index, parseDeckOptions(new URLSearchParams(search))), ignored: [] };
  }, [code, index, search]);
  const { slides, missing } = useMemo(() => resolveDeck(index, refs), [index, refs]);
  const cover = useMemo(() => readCover(new URLSearchParams(search)), [search]);
  const at = query.get("at");
  const speaker = query.get("view") === "speaker";
  const rest = new URLSearchParams(search);
  rest.delete("at");
  rest.delete("view");
  // Whether the print view adds the notes is a choice of the page, not part of the deck.
  rest.delete("notes");
  const keep = rest.size > 0 ? `?${rest.toString()}` : "";
  const base = code === undefined ? "/present" : `/present/${code}`;
  const addressOf = (n: number) => `${base}/${String(n)}${keep}`;

  if (slide === undefined) {
    const n = at === null ? 1 : (slideOfMeeting(slides, at) ?? 1);
    return <Navigate to={addressOf(n)} replace />;
  }
  const deck = {
    // A composed deck's notes belong to its id (they survive edits to the deck); else its address.
    key: query.get("id") ?? code ?? `default${keep}`,
    slides,
    cover,
    addressOf,
    lost: ignored.length + missing.length,
  };
  if (slide === "all") {
    return <PrintDeck index={index} deck={deck} withNotes={query.get("notes") === "on"} />;
  }
  const current = /^\d+$/.test(slide) ? Number(slide) : NaN;
  if (!(current >= 1 && current <= slides.length)) {
    return (
      <MessageView title={routeText().slideNotFound()}>
        <p>
          {routeText().noSuchSlide({ count: slides.length, slide })}{" "}
          <StableLink to={addressOf(1)}>{routeText().startFromFirst()}</StableLink>{" "}
          {routeText().or()} <StableLink to="/">{routeText().backToExplorer()}</StableLink>
          {sharedText().sentenceEnd()}
        </p>
      </MessageView>
    );
  }
  return speaker ? (
    <SpeakerView index={index} deck={deck} current={current} />
  ) : (
    <Presenter index={index} deck={deck} current={current} />
  );
}
