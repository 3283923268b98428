import { StableLink } from "../../components/stable-link";

import { achievementPath } from "../../data/paths";
import type { Achievement } from "../../data/schema";

/** The numbered achievements, each with its own link; the one the address names is marked. */
export function AchievementsList({
  meetingId,
  achievements,
  focusedNumber,
}: {
  meetingId: string;
  achievements: readonly Achievement[];
  focusedNumber: number | undefined;
}) {
  return (
    <ol className="achievements">
      {achievements.map((achievement, i) => {
        const n = i + 1;
        const current = n === focusedNumber;
        return (
          <li
            key={n}
            id={`achievement-${n}`}
            className={`achievements__item${current ? " achievements__item--current" : ""}`}
            aria-labelledby={`achievement-${n}-title`}
          >
            <h4 id={`achievement-${n}-title`} className="achievements__title">
              <span className="achievements__number">{n}.</span> {achievement.title}
            </h4>
            {achievement.text === undefined ? null : <p>{achievement.text}</p>}
            <p className="achievements__link">
              {current ? (
                <span className="tag">Shown above</span>
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
