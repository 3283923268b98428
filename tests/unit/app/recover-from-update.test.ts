// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { recoverFromUpdate } from "../../../src/app/recover-from-update";

const reload = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("location", { pathname: "/present/15", reload });
  window.sessionStorage.clear();
  recoverFromUpdate();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  reload.mockReset();
  delete document.documentElement.dataset.updating;
});

function chunkFails(): Event {
  const event = new Event("vite:preloadError", { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

test("a lazy part that is gone after a deploy reloads the page once, where it is", () => {
  const event = chunkFails();
  expect(reload).toHaveBeenCalledOnce();
  // The import's error is not thrown into the page that is about to go.
  expect(event.defaultPrevented).toBe(true);
  expect(document.documentElement.dataset.updating).toBe("");
});

test("a second failure straight after the reload is shown, not reloaded again", () => {
  chunkFails();
  const again = chunkFails();
  expect(reload).toHaveBeenCalledOnce();
  expect(again.defaultPrevented).toBe(false);
  vi.advanceTimersByTime(31_000);
  chunkFails();
  expect(reload).toHaveBeenCalledTimes(2);
});
