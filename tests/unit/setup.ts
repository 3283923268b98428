import "@testing-library/jest-dom/vitest";
// eslint-disable-next-line testing-library/no-manual-cleanup -- no globals: auto-cleanup cannot hook in
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { catalogsReady } from "../../src/data/i18n/catalogs";

// The app's lazy parts are loaded before any test starts, so that a wait in a test covers React's
// rendering only, never Vite transforming a module for the first time: that took seconds when the
// machine was busy, and tests failed on it. The cap below only decides when a broken test gives up.
await Promise.all([
  import("../../src/app/home-route"),
  import("../../src/app/meeting-route"),
  import("../../src/app/map-route"),
  import("../../src/app/present-route"),
  import("../../src/app/handout-route"),
  import("../../src/app/not-found-route"),
  import("../../src/components/dataset-error-view"),
  import("../../src/features/map/map-panel"),
  import("../../src/features/map/leaflet-map"),
  import("../../src/data/validate-dataset"),
  import("../../src/features/timeline/timeline-pager"),
  import("../../src/app/briefing-route"),
  import("../../src/features/presentation/speaker-view"),
]);
configure({ asyncUtilTimeout: 10_000 });
// The message catalogs of every module the test file imported (decision 019), as the page awaits them.
beforeAll(async () => {
  await catalogsReady();
});

// jsdom has no layout engine: give it the two browser APIs the app calls, as inert versions.
if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    // The type still lists the deprecated listener methods, so the stand-in must have them.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    addListener: () => undefined,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}
if (typeof Element.prototype.scrollIntoView !== "function") {
  Element.prototype.scrollIntoView = () => undefined;
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
