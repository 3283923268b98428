import { useRef } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import type { DeckCover, Slide } from "../../data/deck";
import { SlideView } from "./slide-view";
import { useFitSlide } from "./use-fit-slide";

/** A slide drawn small, as the projector shows it (type a share of the width, fitted the same way). */
export function SlidePreview({
  index,
  slide,
  cover,
  theme,
  small = false,
}: {
  index: DatasetIndex;
  slide: Slide;
  cover: DeckCover;
  theme: string;
  small?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useFitSlide(box, slide);
  // The frame is the size container the preview's type is measured against (cqw).
  return (
    <div className="speaker__frame">
      <div
        ref={box}
        className={`speaker__preview${small ? " speaker__preview--small" : ""} presenter--${theme}`}
      >
        <SlideView index={index} slide={slide} cover={cover} />
      </div>
    </div>
  );
}
