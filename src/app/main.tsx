import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
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
