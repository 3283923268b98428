import { StableLink } from "../components/stable-link";
import { useMemo } from "react";
import { Navigate, useParams, useSearchParams } from "react-router";
import { MessageView } from "../components/message-view";
import { useDatasetIndex } from "../data/use-dataset-index";
import { buildDeck, parseDeckOptions, slideOfMeeting } from "../features/presentation/deck";
import { Presenter } from "../features/presentation/presenter";

/**
 * `/present/:slide?from=5&to=8&achievements=off`. `/present?at=7` opens the deck on the 7th
 * meeting's slide ("Present from here").
 */
export default function PresentRoute() {
  const index = useDatasetIndex();
  const { slide } = useParams();
  const [params] = useSearchParams();
  const search = params.toString();
  const slides = useMemo(
    () => buildDeck(index, parseDeckOptions(new URLSearchParams(search))),
    [index, search],
  );
  const at = params.get("at");
  const rest = new URLSearchParams(search);
  rest.delete("at");
  const keep = rest.size > 0 ? `?${rest.toString()}` : "";

  if (slide === undefined) {
    const n = at === null ? 1 : (slideOfMeeting(slides, at) ?? 1);
    return <Navigate to={`/present/${n}${keep}`} replace />;
  }
  const current = /^\d+$/.test(slide) ? Number(slide) : NaN;
  if (!(current >= 1 && current <= slides.length)) {
    return (
      <MessageView title="Slide not found">
        <p>
          This deck has {slides.length} slides, so there is no slide “{slide}”.{" "}
          <StableLink to={`/present/1${keep}`}>Start from the first slide</StableLink> or{" "}
          <StableLink to="/">go back to the explorer</StableLink>.
        </p>
      </MessageView>
    );
  }
  return <Presenter index={index} slides={slides} current={current} search={keep} />;
}
