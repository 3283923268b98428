// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { registerServiceWorker } from "../../../src/app/register-service-worker";

/** A stand-in for navigator.serviceWorker: the browser part that jsdom does not have. */
class FakeContainer extends EventTarget {
  controller: object | null;
  register = vi.fn(() => Promise.resolve({ update: () => Promise.resolve() }));
  constructor(controller: object | null) {
    super();
    this.controller = controller;
  }
}

const reload = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("location", { pathname: "/meetings/7", reload });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  reload.mockReset();
});

function install(controller: object | null): FakeContainer {
  const container = new FakeContainer(controller);
  vi.stubGlobal("navigator", { serviceWorker: container });
  registerServiceWorker();
  return container;
}

test("registers /sw.js", () => {
  const container = install(null);
  expect(container.register).toHaveBeenCalledWith("/sw.js");
});

test("a page that already had a worker reloads when a new version takes over", () => {
  const container = install({});
  container.dispatchEvent(new Event("controllerchange"));
  expect(reload).toHaveBeenCalledOnce();
});

test("the first install does not reload the page it already serves", () => {
  const container = install(null);
  container.dispatchEvent(new Event("controllerchange"));
  expect(reload).not.toHaveBeenCalled();
});

test("a page whose first visit installed the worker reloads when the next version takes over", () => {
  const container = install(null);
  container.dispatchEvent(new Event("controllerchange"));
  container.dispatchEvent(new Event("controllerchange"));
  expect(reload).toHaveBeenCalledOnce();
});

test("in presenter mode the reload waits until the presenter is left", () => {
  window.location.pathname = "/present/15";
  const container = install({});
  container.dispatchEvent(new Event("controllerchange"));
  vi.advanceTimersByTime(10_000);
  expect(reload).not.toHaveBeenCalled();
  window.location.pathname = "/meetings/7";
  vi.advanceTimersByTime(2_000);
  expect(reload).toHaveBeenCalledOnce();
});
