// First, so that each component's own stylesheet, which comes after it, can refine the shared rules.
import "./styles.css";
import { QueryClient } from "@tanstack/react-query";
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { SINGLE_FILE } from "../data/app-mode";
import { datasetFingerprint } from "../data/dataset-fingerprint";
import { datasetQuery } from "../data/dataset-query";
import { openedDataset } from "../data/opened-dataset";
import { applyFontSize, readFontSize } from "../features/font-size/font-size";
import { App } from "./app";
import { watchInputModality } from "../components/input-modality";
import { holdEarlyClicks } from "../components/early-clicks";
import { acceptDroppedFiles } from "../features/open-dataset/dropped-files";
import { listenForSearchKeyEarly } from "./search-key-early";
import { recoverFromUpdate } from "./recover-from-update";
import { rememberLanguageSwitches, startInPageLanguage } from "./language-choice";
import { catalogsReady } from "../data/i18n/catalogs";

recoverFromUpdate();
startInPageLanguage(import.meta.env.BASE_URL);
rememberLanguageSwitches(import.meta.env.BASE_URL);
// An offline copy downloaded from a view opens at that view (handout/offline-copy.ts).
if (SINGLE_FILE && window.location.hash === "") {
  const start = document.querySelector('meta[name="ajcpm-start"]')?.getAttribute("content");
  if (start?.startsWith("/") === true) window.history.replaceState(null, "", `#${start}`);
}
watchInputModality();
acceptDroppedFiles();
holdEarlyClicks();
listenForSearchKeyEarly();

// Before the first render, so the chosen text size never shifts the layout after paint.
applyFontSize(readFontSize(), false);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
const queryClient = new QueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

let hydrated: Root | undefined;
// Set when a hydrating page is given up on purpose; React then reports that as an error.
let abandoned = false;
function renderAfresh(container: HTMLElement) {
  abandoned = true;
  hydrated?.unmount();
  container.replaceChildren();
  createRoot(container).render(app);
}

/**
 * A built page may hold its view already rendered (docs/decisions/009). The same page answers
 * addresses it was not rendered for (a filter, a 404, an offline copy): those render afresh.
 */
function start(container: HTMLElement) {
  // The catalogs of the view's lazy parts, held back until now so they do not compete with the
  // first paint (scripts/prerender.ts); they arrive beside the parts' code.
  const lazyCatalogs = document.getElementById("lazy-catalogs");
  if (lazyCatalogs instanceof HTMLTemplateElement) document.head.append(lazyCatalogs.content);
  const { prerendered, dataset } = container.dataset;
  // A dataset the reader opened is not the one the page was rendered from: rendered afresh at once,
  // not hydrated and then replaced, which lost a click on the header's buttons in between.
  const opened = openedDataset();
  if (
    prerendered !== window.location.pathname ||
    window.location.search !== "" ||
    (opened !== undefined && opened.fingerprint !== dataset)
  ) {
    renderAfresh(container);
    return;
  }
  // Hydration starts at once, so the page answers clicks; the parts that need the dataset wait for
  // it with their markup in place (DatasetGate). A dataset other than the one the page was rendered
  // from would not match that markup: then the page renders afresh before those parts hydrate.
  queryClient.query(datasetQuery).then(
    (loaded) => {
      if (datasetFingerprint(loaded) !== dataset) renderAfresh(container);
    },
    () => {
      renderAfresh(container);
    },
  );
  // As a transition React hydrates in slices and lets the browser answer input in between.
  startTransition(() => {
    hydrated = hydrateRoot(container, app, {
      onRecoverableError: (error) => {
        if (!abandoned) reportError(error);
      },
    });
  });
}

// The page's words first (decision 019: its catalogs are preloaded beside this script). Should one
// fail to load, the page still starts: the parts that need it show their error in place.
void catalogsReady().then(
  () => {
    start(root);
  },
  (error: unknown) => {
    reportError(error);
    start(root);
  },
);

// Offline support waits until the page has loaded and settled (its worker then downloads every file
// of the app, which would compete with the first view), and its code is a separate chunk, so it costs
// the first screen nothing. A file opened from disk cannot have a service worker.
const SETTLE_MS = 3000;
if (import.meta.env.PROD && !SINGLE_FILE && "serviceWorker" in navigator) {
  window.addEventListener(
    "load",
    () => {
      window.setTimeout(() => {
        void import("./register-service-worker").then((module) => {
          module.registerServiceWorker();
        });
      }, SETTLE_MS);
    },
    { once: true },
  );
}
