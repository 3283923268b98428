import { useEffect, useRef } from "react";
import type { Achievement } from "../../data/schema";
import { SourceText } from "../../components/source-text";
import { detailsText } from "./messages";

/**
 * The achievement an address names (`/meetings/7/achievements/2`), shown right under the meeting's
 * heading, so the reader sees which meeting it belongs to without scrolling; it takes focus. The
 * full list below marks it too.
 */
export function FocusedAchievement({
  meetingId,
  n,
  of,
  achievement,
}: {
  meetingId: string;
  n: number;
  of: number;
  achievement: Achievement;
}) {
  const box = useRef<HTMLElement>(null);
  useEffect(
    function focusTheAchievement() {
      box.current?.focus({ preventScroll: true });
      box.current?.scrollIntoView({ block: "nearest" });
    },
    [meetingId, n],
  );
  return (
    <section
      className="details__focus"
      ref={box}
      tabIndex={-1}
      aria-labelledby="focused-achievement-title"
    >
      <p className="details__focus-kicker">{detailsText().achievementOf({ n, of })}</p>
      <h3 id="focused-achievement-title" className="details__focus-title">
        <SourceText text={achievement.title} />
      </h3>
      {achievement.text === undefined ? null : (
        <SourceText as="p" text={achievement.text} labelled />
      )}
    </section>
  );
}
