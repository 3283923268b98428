import { useEffect, useState } from "react";
import { presentText } from "./messages";

/** The briefing's timer as stored: times are ms since the epoch, from the clock, never counted ticks. */
export type TimerState = { startedAt: number; pausedAt: number | null; pausedFor: number };

/** Elapsed ms at `now`: the time since the start, less the time spent paused. */
export function elapsedMs(timer: TimerState, now: number): number {
  const end = timer.pausedAt ?? now;
  return Math.max(0, end - timer.startedAt - timer.pausedFor);
}

export function pauseOrResume(timer: TimerState, now: number): TimerState {
  if (timer.pausedAt === null) return { ...timer, pausedAt: now };
  return { ...timer, pausedAt: null, pausedFor: timer.pausedFor + (now - timer.pausedAt) };
}

/** "4:05", "1:02:30". */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${String(h)}:${String(m).padStart(2, "0")}:${s}` : `${String(m)}:${s}`;
}

/**
 * Where the briefing stands against its target: the share of the target the slides done so far
 * should take (slide n of N is (n − 1)/(N − 1) of the way), against the time used. Within 30 s is
 * on time. Said in words and with a sign, never by colour alone.
 */
export function pacing(
  elapsed: number,
  minutes: number,
  slide: number,
  slides: number,
): { state: "ahead" | "on time" | "behind"; text: string } {
  const expected = slides <= 1 ? 0 : ((slide - 1) / (slides - 1)) * minutes * 60_000;
  const difference = elapsed - expected;
  const text = presentText();
  if (Math.abs(difference) <= 30_000) return { state: "on time", text: text.onTime() };
  return difference < 0
    ? { state: "ahead", text: text.ahead({ time: clockText(-difference) }) }
    : { state: "behind", text: text.behind({ time: clockText(difference) }) };
}

const PREFIX = "ajcpm.timer.";

function readTimer(deck: string): TimerState | undefined {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(PREFIX + deck) ?? "null");
    if (typeof value !== "object" || value === null) return undefined;
    const startedAt: unknown = Reflect.get(value, "startedAt");
    const pausedAt: unknown = Reflect.get(value, "pausedAt");
    const pausedFor: unknown = Reflect.get(value, "pausedFor");
    if (typeof startedAt !== "number" || typeof pausedFor !== "number") return undefined;
    if (pausedAt !== null && typeof pausedAt !== "number") return undefined;
    return { startedAt, pausedAt, pausedFor };
  } catch {
    return undefined;
  }
}

function writeTimer(deck: string, timer: TimerState): void {
  try {
    window.localStorage.setItem(PREFIX + deck, JSON.stringify(timer));
  } catch {
    // Kept for this page only where storage is refused.
  }
}

/**
 * The speaker view's timer for a deck, kept in this browser so that a reload, or reopening the
 * speaker view, carries on; and `now`, updated each second for display. Elapsed time is always
 * worked out from the clock, so it stays right while the window is hidden or the laptop sleeps.
 */
export function useSpeakerTimer(deck: string): {
  timer: TimerState;
  now: number;
  toggle: () => void;
  reset: () => void;
} {
  const [timer, setTimer] = useState<TimerState>(
    () => readTimer(deck) ?? { startedAt: Date.now(), pausedAt: null, pausedFor: 0 },
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(
    function keepTheTimer() {
      writeTimer(deck, timer);
    },
    [deck, timer],
  );
  useEffect(function tick() {
    const interval = window.setInterval(() => {
      setNow(Date.now());
    }, 500);
    return () => {
      window.clearInterval(interval);
    };
  }, []);
  return {
    timer,
    now,
    toggle: () => {
      setTimer((t) => pauseOrResume(t, Date.now()));
    },
    reset: () => {
      const fresh = { startedAt: Date.now(), pausedAt: null, pausedFor: 0 };
      setNow(fresh.startedAt);
      setTimer(fresh);
    },
  };
}
