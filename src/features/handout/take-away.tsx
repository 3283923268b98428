import { useId, useState } from "react";
import { downloadFile } from "../../components/download-file";
import { SlidesExport } from "../../components/slide-export/slides-export";
import type { DatasetIndex } from "../../data/dataset-index";
import { datasetOf } from "../../data/dataset-subset";
import { defaultDeck, type DeckCover } from "../../data/deck";
import { encodeDeck } from "../../data/deck-address";
import { meetingsCsv } from "../../data/meetings-csv";
import type { Meeting } from "../../data/schema";
import type { HandoutOptions } from "./handout-options";
import { handoutText } from "./messages";
import { offlineCopy } from "./offline-copy";

const FILE_STEM = "japan-asean-cybersecurity-meetings";

/**
 * What a briefer takes away besides paper: the data (JSON, CSV) of the meetings the handout holds
 * or of the whole dataset, the slides (PowerPoint, PDF) of the briefing or of the default deck, and
 * the app itself as one file to open from a USB stick.
 */
export function TakeAway({
  index,
  options,
  meetings,
  cover,
  view,
}: {
  index: DatasetIndex;
  options: HandoutOptions;
  meetings: readonly Meeting[];
  cover: DeckCover;
  /** This page's app path, where the offline copy will open. */
  view: string;
}) {
  const id = useId();
  const [whole, setWhole] = useState(false);
  const [status, setStatus] = useState("");
  const chosen = whole ? index.order : meetings;
  const refs = options.deck?.refs ?? defaultDeck(index, { achievements: true });
  const query = new URLSearchParams();
  if (options.deck !== undefined) query.set("id", options.deck.id);
  const pdfPath =
    options.deck === undefined
      ? "/present/all"
      : `/present/${encodeDeck(options.deck.refs)}/all?${query.toString()}`;
  const text = handoutText();
  return (
    <section className="take-away" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.takeAway()}</h2>
      <h3>{text.data()}</h3>
      <div role="radiogroup" aria-label={text.whichMeetings()} className="handout-options__group">
        <label>
          <input
            type="radio"
            name={`${id}-data`}
            checked={!whole}
            onChange={() => {
              setWhole(false);
            }}
          />{" "}
          {text.handoutMeetings({ count: meetings.length })}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-data`}
            checked={whole}
            onChange={() => {
              setWhole(true);
            }}
          />{" "}
          {text.wholeDataset({ count: index.order.length })}
        </label>
      </div>
      <p className="handout-actions__buttons">
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadFile(
              `${FILE_STEM}.json`,
              "application/json",
              `${JSON.stringify(datasetOf(index, chosen), null, 2)}\n`,
            );
            setStatus(text.downloadedMeetings({ file: `${FILE_STEM}.json`, count: chosen.length }));
          }}
        >
          {text.downloadJson()}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadFile(`${FILE_STEM}.csv`, "text/csv", meetingsCsv(index, chosen));
            setStatus(text.downloadedMeetings({ file: `${FILE_STEM}.csv`, count: chosen.length }));
          }}
        >
          {text.downloadCsv()}
        </button>
      </p>
      <h3>{options.deck === undefined ? text.slidesEvery() : text.slidesBriefing()}</h3>
      <SlidesExport
        index={index}
        refs={refs}
        cover={cover}
        notesKey={options.deck?.id ?? "default"}
        pdfPath={pdfPath}
        fileStem={FILE_STEM}
        onSaid={setStatus}
      />
      <h3>{text.appHeading()}</h3>
      <p>{text.appIntro()}</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            offlineCopy(view).then(
              (file) => {
                downloadFile(`${FILE_STEM}.html`, "text/html", file);
                setStatus(
                  text.downloadedCopy({
                    file: `${FILE_STEM}.html`,
                    size: Math.round(file.size / 1024),
                  }),
                );
              },
              (error: unknown) => {
                setStatus(error instanceof Error ? error.message : String(error));
              },
            );
          }}
        >
          {text.downloadCopy()}
        </button>
      </p>
      <p className="take-away__status" role="status">
        {status}
      </p>
    </section>
  );
}
