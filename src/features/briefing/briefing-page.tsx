import { useEffect, useState } from "react";
import { sharedText } from "../../components/first-screen-messages";
import { StableLink } from "../../components/stable-link";
import type { DatasetIndex } from "../../data/dataset-index";
import { defaultDeck, keyFactsDeck, type SlideRef } from "../../data/deck";
import { shortLabel } from "../../data/meeting-labels";
import { MAX_SLIDES } from "../../data/deck-address";
import { refLabel } from "../../data/slide-label";
import { CoverForm } from "./cover-form";
import { DeckList } from "./deck-list";
import { KeepAndShare } from "./keep-and-share";
import { briefingText } from "./messages";
import { SlidePicker } from "./slide-picker";
import { presentPath, useBriefingAddress } from "./use-briefing-address";
import "./briefing.css";
import { shownText } from "../../data/localized-text";

/** Adds a slide at the end of the deck, before its closing slide if it ends with one. */
function withSlide(refs: readonly SlideRef[], ref: SlideRef): SlideRef[] {
  const last = refs.at(-1);
  return last?.kind === "closing" && ref.kind !== "closing"
    ? [...refs.slice(0, -1), ref, last]
    : [...refs, ref];
}

/**
 * "Build a briefing": the briefer picks slides from everything the dataset offers and adds their
 * own, orders them by keyboard or by dragging, writes notes and the title slide, then presents,
 * keeps or shares the result. The briefing lives in the address (decision 014).
 */
export function BriefingPage({ index }: { index: DatasetIndex }) {
  const { briefing, latest, write } = useBriefingAddress(index);
  const [said, setSaid] = useState("");
  const { leftOut } = keyFactsDeck(index);
  const missingFromDeck = leftOut.filter(
    (meeting) => !briefing.refs.some((ref) => ref.kind === "meeting" && ref.id === meeting.id),
  );

  // A first visit has no briefing in its address yet: write the one it starts with.
  useEffect(function keepTheNewBriefing() {
    if (!new URLSearchParams(window.location.search).has("deck")) write({});
    // Once, on arrival: later edits write the address themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function change(refs: SlideRef[], message: string) {
    // The address must stay within what browsers and servers accept.
    const kept = refs.slice(0, MAX_SLIDES);
    write({ refs: kept });
    setSaid(
      kept.length < refs.length ? briefingText().atMostKept({ message, max: MAX_SLIDES }) : message,
    );
  }
  function add(ref: SlideRef) {
    if (latest().refs.length >= MAX_SLIDES) {
      setSaid(briefingText().atMostRemove({ max: MAX_SLIDES }));
      return;
    }
    const next = withSlide(latest().refs, ref);
    change(next, briefingText().added({ label: refLabel(index, ref), n: next.indexOf(ref) + 1 }));
  }

  const text = briefingText();
  return (
    <div className="briefing">
      <title>
        {sharedText().pageTitle({ site: sharedText().siteTitle(), title: text.pageTitle() })}
      </title>
      <div className="briefing__top">
        <h2 className="briefing__heading">{text.heading()}</h2>
        {briefing.refs.length === 0 ? null : (
          <StableLink className="button" to={presentPath(briefing)}>
            {text.presentThis({ count: briefing.refs.length })}
          </StableLink>
        )}
      </div>
      <p className="briefing__status" role="status">
        {said}
      </p>
      {briefing.ignored.length > 0 ? (
        <p className="briefing__problem">
          {text.notUnderstood({ count: briefing.ignored.length })}
        </p>
      ) : null}
      <div className="briefing__columns">
        <section className="briefing__yours" aria-labelledby="yours-heading">
          <h2 id="yours-heading">
            {text.yourBriefing()}{" "}
            <span className="briefing__meta">
              {text.slideCount({ count: briefing.refs.length })}
            </span>
          </h2>
          <CoverForm
            cover={briefing.cover}
            placeholder={shownText(index.dataset.series.name).text}
            onChange={(cover) => {
              write({ cover });
            }}
          />
          <p className="briefing__buttons">
            <button
              type="button"
              onClick={() => {
                change(keyFactsDeck(index).refs, text.startedKeyFacts());
              }}
            >
              {text.startKeyFacts()}
            </button>
            <button
              type="button"
              onClick={() => {
                change(defaultDeck(index, { achievements: true }), text.startedEverySlide());
              }}
            >
              {text.startEverySlide()}
            </button>
            <button
              type="button"
              onClick={() => {
                change([], text.removedEverySlide());
              }}
            >
              {text.removeEverySlide()}
            </button>
          </p>
          <DeckList
            index={index}
            notesKey={briefing.id}
            refs={briefing.refs}
            latest={() => latest().refs}
            onChange={change}
          />
          {missingFromDeck.length === 0 ? null : (
            <section className="briefing__left-out" aria-labelledby="left-out-heading">
              <h3 id="left-out-heading">{text.leftOutHeading()}</h3>
              <ul>
                {missingFromDeck.map((meeting) => (
                  <li key={meeting.id}>
                    <button
                      type="button"
                      className="briefing__small"
                      onClick={() => {
                        add({ kind: "meeting", id: meeting.id });
                      }}
                    >
                      {text.addBack()}
                      <span className="visually-hidden">
                        {text.addBackWhich({ label: shortLabel(meeting) })}
                      </span>
                    </button>{" "}
                    {shortLabel(meeting)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <SlidePicker index={index} onAdd={add} />
      </div>
      <KeepAndShare
        key={briefing.id}
        index={index}
        briefing={briefing}
        onOpen={(opened) => {
          write(opened);
        }}
        onSaid={setSaid}
      />
    </div>
  );
}
