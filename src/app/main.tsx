import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { SINGLE_FILE } from "../data/app-mode";
import { applyFontSize, readFontSize } from "../features/font-size/font-size";
import { App } from "./app";
import "./styles.css";

// Before the first render, so the chosen text size never shifts the layout after paint.
applyFontSize(readFontSize(), false);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
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
