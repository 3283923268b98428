import { expect, test } from "vitest";
import { setActiveLocale } from "../../../../src/data/i18n/locale";
import {
  clockText,
  elapsedMs,
  pacing,
  pauseOrResume,
  type TimerState,
} from "../../../../src/features/presentation/speaker-timer";

test("time used comes from the clock, less the time paused, so sleep and hidden windows do not skew it", () => {
  let timer: TimerState = { startedAt: 1_000_000, pausedAt: null, pausedFor: 0 };
  expect(elapsedMs(timer, 1_000_000 + 90_000)).toBe(90_000);
  timer = pauseOrResume(timer, 1_000_000 + 90_000);
  // Paused for ten minutes (a laptop asleep): the time used does not move.
  expect(elapsedMs(timer, 1_000_000 + 690_000)).toBe(90_000);
  timer = pauseOrResume(timer, 1_000_000 + 690_000);
  expect(elapsedMs(timer, 1_000_000 + 720_000)).toBe(120_000);
  expect(clockText(125_000)).toBe("2:05");
  expect(clockText(3_725_000)).toBe("1:02:05");
});

test("pacing says ahead, on time or behind in words and a sign, within half a minute of the plan", () => {
  // A ten-minute briefing of 11 slides: slide 6 is due at 5:00.
  expect(pacing(300_000, 10, 6, 11)).toEqual({ state: "on time", text: "● On time" });
  expect(pacing(320_000, 10, 6, 11).state).toBe("on time");
  expect(pacing(240_000, 10, 6, 11)).toEqual({ state: "ahead", text: "▲ Ahead by 1:00" });
  expect(pacing(400_000, 10, 6, 11)).toEqual({ state: "behind", text: "▼ Behind by 1:40" });
  setActiveLocale("ja");
  try {
    expect(pacing(400_000, 10, 6, 11).text).toBe("▼ 予定より1:40遅れ");
  } finally {
    setActiveLocale("en");
  }
});
