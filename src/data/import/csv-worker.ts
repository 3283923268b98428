/// <reference lib="webworker" />
// Parses a CSV file off the page's thread: a 10,000-row spreadsheet takes long enough to stall
// typing and scrolling (docs/decisions/018). The page validates what comes back, as for any file.
import { DatasetError } from "../dataset-error";
import { catalogsReady } from "../i18n/catalogs";
import { LOCALES, setActiveLocale, type Locale } from "../i18n/locale";
import { importCsv } from "./import-csv";
import { importHeading } from "./imported-parts";

addEventListener("message", (event: MessageEvent<unknown>) => {
  // The data layer's words (dates, places, problems) load as the worker starts (decision 019): a
  // worker has no page address, so it loads every language, and the page says which is its own.
  void catalogsReady().then(() => {
    answer(event);
  });
});

function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

function answer(event: MessageEvent<unknown>) {
  const data = event.data;
  if (typeof data !== "object" || data === null || !("text" in data) || !("name" in data)) return;
  const { text, name } = data;
  if (typeof text !== "string" || typeof name !== "string") return;
  const locale = "locale" in data ? data.locale : undefined;
  setActiveLocale(isLocale(locale) ? locale : "en");
  try {
    postMessage({ ok: true, ...importCsv(text, name) });
  } catch (error) {
    postMessage({
      ok: false,
      heading: error instanceof DatasetError ? error.heading : importHeading(),
      problems:
        error instanceof DatasetError
          ? error.problems
          : [{ path: name, message: error instanceof Error ? error.message : String(error) }],
    });
  }
}
