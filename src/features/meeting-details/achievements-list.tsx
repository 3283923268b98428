import { StableLink } from "../../components/stable-link";

import { achievementPath } from "../../data/paths";
import type { Achievement } from "../../data/schema";
import { SourceText } from "../../components/source-text";
import { detailsText } from "./messages";

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
              <span className="achievements__number">{n}.</span>{" "}
              <SourceText text={achievement.title} />
            </h4>
            {achievement.text === undefined ? null : (
              <SourceText as="p" text={achievement.text} labelled />
            )}
            <p className="achievements__link">
              {current ? (
                <span className="tag">{detailsText().shownAbove()}</span>
              ) : (
                <StableLink to={achievementPath(meetingId, n)}>
                  {detailsText().linkToAchievement({ n })}
                </StableLink>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
