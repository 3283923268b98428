import { StableLink } from "../../components/stable-link";
import { useEffect, useRef } from "react";

import { achievementPath } from "../../data/paths";
import type { Achievement } from "../../data/schema";

/** The numbered achievements; the one named in the URL is scrolled to and focused. */
export function AchievementsList({
  meetingId,
  achievements,
  focusedNumber,
}: {
  meetingId: string;
  achievements: readonly Achievement[];
  focusedNumber: number | undefined;
}) {
  const items = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(
    function focusAchievementFromUrl() {
      if (focusedNumber === undefined) return;
      const item = items.current[focusedNumber - 1];
      if (item === null || item === undefined) return;
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      item.scrollIntoView({ block: "start", behavior: reduceMotion ? "auto" : "smooth" });
      item.focus({ preventScroll: true });
    },
    [meetingId, focusedNumber],
  );

  return (
    <ol className="achievements">
      {achievements.map((achievement, i) => {
        const n = i + 1;
        const current = n === focusedNumber;
        return (
          <li
            key={n}
            id={`achievement-${n}`}
            ref={(element) => {
              items.current[i] = element;
            }}
            tabIndex={-1}
            className={`achievements__item${current ? " achievements__item--current" : ""}`}
            aria-labelledby={`achievement-${n}-title`}
          >
            <h4 id={`achievement-${n}-title`} className="achievements__title">
              <span className="achievements__number">{n}.</span> {achievement.title}
            </h4>
            {achievement.text === undefined ? null : <p>{achievement.text}</p>}
            <p className="achievements__link">
              {current ? (
                <span className="tag">Shown from its own link</span>
              ) : (
                <StableLink to={achievementPath(meetingId, n)}>Link to achievement {n}</StableLink>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
