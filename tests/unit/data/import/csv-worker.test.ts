import { afterEach, expect, test, vi } from "vitest";
import { DatasetError } from "../../../../src/data/dataset-error";
import { activeLocale, setActiveLocale } from "../../../../src/data/i18n/locale";
import { importCsvOffThread } from "../../../../src/data/import/import-csv-off-thread";

afterEach(() => {
  setActiveLocale("en");
  vi.unstubAllGlobals();
});

const BAD_CSV = "Year,Headline\n20x4,Kick-off\n";

let workerListener: ((event: { data: unknown }) => void) | undefined;

/**
 * The worker's script, run here: a worker has no page address (`activeLocale()` there is English
 * whatever the page's language), so it takes the language the page sends with each file.
 */
async function askWorker(data: unknown): Promise<unknown> {
  if (workerListener === undefined) {
    vi.stubGlobal("addEventListener", (type: string, handler: typeof workerListener) => {
      if (type === "message") workerListener = handler;
    });
    await import("../../../../src/data/import/csv-worker");
  }
  const replies: unknown[] = [];
  vi.stubGlobal("postMessage", (reply: unknown) => replies.push(reply));
  workerListener?.({ data });
  await vi.waitFor(() => {
    expect(replies).toHaveLength(1);
  });
  return replies[0];
}

test("the worker names a spreadsheet's problems in the language the page sends", async () => {
  expect(await askWorker({ text: BAD_CSV, name: "t.csv", locale: "ja" })).toEqual({
    ok: false,
    heading: "ファイルを取り込めません",
    problems: [{ path: '2行目の"Year"列', message: '"20x4"は年ではありません' }],
  });
  expect(await askWorker({ text: BAD_CSV, name: "t.csv", locale: "en" })).toMatchObject({
    heading: "The file cannot be imported",
    problems: [{ path: 'row 2, column "Year"', message: '"20x4" is not a year' }],
  });
  // A message without a language (an older page) is answered in English.
  expect(await askWorker({ text: BAD_CSV, name: "t.csv" })).toMatchObject({
    heading: "The file cannot be imported",
  });
});

test("the page sends its language with the file to the worker", async () => {
  const posted: unknown[] = [];
  class FakeWorker {
    private listeners: ((event: { data: unknown }) => void)[] = [];
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      if (type === "message") this.listeners.push(listener);
    }
    postMessage(data: unknown) {
      posted.push(data);
      const reply = { ok: false, heading: "見出し", problems: [{ path: "p", message: "m" }] };
      queueMicrotask(() => {
        for (const listener of this.listeners) listener({ data: reply });
      });
    }
    terminate() {
      return undefined;
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  setActiveLocale("ja");
  const failure = importCsvOffThread(BAD_CSV, "t.csv");
  await expect(failure).rejects.toBeInstanceOf(DatasetError);
  expect(posted).toEqual([{ text: BAD_CSV, name: "t.csv", locale: "ja" }]);
  expect(activeLocale()).toBe("ja");
});
