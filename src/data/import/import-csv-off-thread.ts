import * as z from "zod/mini";
import { DatasetError } from "../dataset-error";
import { withCatalogs } from "../i18n/catalogs";
import { activeLocale } from "../i18n/locale";
import { problemText } from "../problem-text";

/** What the page gets back from an import: the dataset still to be validated, and what was left out. */
export type ImportedJson = { json: unknown; format: string; leftOut: string[]; origins: string[] };

const Reply = z.union([
  z.object({
    ok: z.literal(true),
    dataset: z.unknown(),
    format: z.string(),
    leftOut: z.array(z.string()),
    origins: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    heading: z.string(),
    problems: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
]);

async function onThisThread(text: string, name: string): Promise<ImportedJson> {
  const { importCsv } = await import("./import-csv").then(withCatalogs);
  const { dataset, ...rest } = importCsv(text, name);
  return { json: dataset, ...rest };
}

/**
 * Imports CSV text in a Web Worker, so that a large spreadsheet never stalls the page; where no
 * worker can start (a page opened from disk, the one-file build's policy) it runs on this thread.
 * `signal` stops the worker at once.
 *
 * @throws DatasetError naming each problem by row and column; the signal's reason when cancelled.
 */
export function importCsvOffThread(
  text: string,
  name: string,
  signal?: AbortSignal,
): Promise<ImportedJson> {
  if (typeof Worker === "undefined") return onThisThread(text, name);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./csv-worker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(onThisThread(text, name));
      return;
    }
    const stop = () => {
      worker.terminate();
      reject(new DOMException("The import was cancelled.", "AbortError"));
    };
    signal?.addEventListener("abort", stop, { once: true });
    const finish = () => {
      signal?.removeEventListener("abort", stop);
      worker.terminate();
    };
    worker.addEventListener("message", (event: MessageEvent<unknown>) => {
      finish();
      const reply = Reply.safeParse(event.data);
      if (!reply.success) reject(new Error(problemText().readerNoAnswer()));
      else if (reply.data.ok) {
        const { dataset, format, leftOut, origins } = reply.data;
        resolve({ json: dataset, format, leftOut, origins });
      } else reject(new DatasetError(reply.data.problems, reply.data.heading));
    });
    worker.addEventListener("error", (event) => {
      // The worker could not start (or failed): read here instead.
      event.preventDefault();
      finish();
      onThisThread(text, name).then(resolve, reject);
    });
    // A worker has no page address to take its language from: its problems are named in the page's.
    worker.postMessage({ text, name, locale: activeLocale() });
  });
}
