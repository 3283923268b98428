import type { QueryClient } from "@tanstack/react-query";
import type { DatasetIndex } from "../../data/dataset-index";
import type { DeckCover, Slide } from "../../data/deck";
import { groupMeetingsByPlace, placeKeyOfMeeting } from "../../data/venue-groups";
import { downloadFile } from "../download-file";
import { deckPptx, type MapPictures } from "./deck-pptx";
import { mapImage } from "./map-image";

/** The map's box on a PowerPoint slide, in CSS pixels (4.5 × 4.8 in at 96 dpi) and how much finer it is drawn. */
const MAP_WIDTH = 432;
const MAP_HEIGHT = 463;
const MAP_SCALE = 2;

/**
 * Builds the deck as a PowerPoint file and offers it for download as `fileName`. Each distinct map
 * (the whole region, or centred on a place) is drawn once. Resolves with the file's size in bytes.
 */
export async function downloadDeckPptx({
  index,
  queryClient,
  slides,
  cover,
  notes,
  fileName,
}: {
  index: DatasetIndex;
  queryClient: QueryClient;
  slides: readonly Slide[];
  cover: DeckCover;
  notes: Readonly<Record<string, string>>;
  fileName: string;
}): Promise<number> {
  const places = groupMeetingsByPlace(index).places;
  const drawn = new Map<string, Promise<string | undefined>>();
  const maps: MapPictures = (meetingId) => {
    const selectedKey = placeKeyOfMeeting(index, meetingId);
    const key = selectedKey ?? "";
    let picture = drawn.get(key);
    if (picture === undefined) {
      picture = mapImage({
        queryClient,
        places,
        selectedKey,
        width: MAP_WIDTH,
        height: MAP_HEIGHT,
        scale: MAP_SCALE,
      }).catch(() => undefined);
      drawn.set(key, picture);
    }
    return picture;
  };
  const file = await deckPptx({ index, slides, cover, notes, maps });
  downloadFile(
    fileName,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    file,
  );
  return file.size;
}
