import { LazyDetails } from "../../components/lazy-details";
import { SourceText } from "../../components/source-text";
import type { DatasetIndex } from "../../data/dataset-index";
import type { SlideRef } from "../../data/deck";
import { formatPartialDate, yearOf } from "../../data/format-date";
import { shortLabel } from "../../data/meeting-labels";
import type { Meeting } from "../../data/schema";
import { briefingText } from "./messages";
import { TextSlideForm } from "./text-slide-form";

/** Up to this many entries the meetings are one list; longer datasets fold them by year. */
const FOLD_OVER = 40;

function MeetingChoices({ meeting, onAdd }: { meeting: Meeting; onAdd: (ref: SlideRef) => void }) {
  const name = shortLabel(meeting);
  const text = briefingText();
  return (
    <li className="briefing__choice">
      <button
        type="button"
        onClick={() => {
          onAdd({ kind: "meeting", id: meeting.id });
        }}
      >
        {text.add()}
        <span className="visually-hidden">{text.addWhich()}</span> {name}
      </button>{" "}
      <span className="briefing__meta">{formatPartialDate(meeting.date)}</span>
      {meeting.achievements === "not recorded" ? null : (
        <ul className="briefing__achievements">
          {meeting.achievements.map((achievement, i) => (
            <li key={i}>
              <button
                type="button"
                className="briefing__small"
                onClick={() => {
                  onAdd({ kind: "achievement", id: meeting.id, n: i + 1 });
                }}
              >
                {text.addAchievement({ n: i + 1 })}
                <span className="visually-hidden">{text.addAchievementWhich({ label: name })}</span>
              </button>{" "}
              <SourceText text={achievement.title} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Everything a briefing can show, each with a button that adds it at the end of the deck. */
export function SlidePicker({
  index,
  onAdd,
}: {
  index: DatasetIndex;
  onAdd: (ref: SlideRef) => void;
}) {
  const text = briefingText();
  const years = new Map<string, Meeting[]>();
  for (const meeting of index.order) {
    const year = yearOf(meeting.date);
    const key = year === undefined ? text.yearNotRecorded() : String(year);
    years.set(key, [...(years.get(key) ?? []), meeting]);
  }
  const standard: [SlideRef, string][] = [
    [{ kind: "title" }, text.addTitle()],
    [{ kind: "overview" }, text.addOverview()],
    [{ kind: "timeline" }, text.addTimeline()],
    [{ kind: "closing" }, text.addClosing()],
  ];
  return (
    <section className="briefing__picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{text.addSlides()}</h2>
      <h3>{text.theSeries()}</h3>
      <ul className="briefing__standard">
        {standard.map(([ref, name]) => (
          <li key={ref.kind}>
            <button
              type="button"
              onClick={() => {
                onAdd(ref);
              }}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
      <h3>{text.meetingsAndAchievements()}</h3>
      {index.order.length <= FOLD_OVER ? (
        <ul className="briefing__choices">
          {index.order.map((meeting) => (
            <MeetingChoices key={meeting.id} meeting={meeting} onAdd={onAdd} />
          ))}
        </ul>
      ) : (
        [...years].map(([year, meetings]) => (
          <LazyDetails key={year} summary={text.yearEntries({ year, count: meetings.length })}>
            {() => (
              <ul className="briefing__choices">
                {meetings.map((meeting) => (
                  <MeetingChoices key={meeting.id} meeting={meeting} onAdd={onAdd} />
                ))}
              </ul>
            )}
          </LazyDetails>
        ))
      )}
      <TextSlideForm onAdd={onAdd} />
    </section>
  );
}
