import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { DatasetError } from "../../data/dataset-error";
import { datasetFingerprint } from "../../data/dataset-fingerprint";
import { datasetQuery } from "../../data/dataset-query";
import { setOpenedDataset } from "../../data/opened-dataset";
import { keepDataset } from "../../data/opened-dataset-store";
import { problemText } from "../../data/problem-text";
import { readDatasetFile } from "../../data/read-dataset-file";
import { openText } from "./messages";
import "./open-dataset.css";

type State =
  | { step: "choose" }
  | { step: "reading"; name: string }
  | { step: "failed"; heading: string; problems: readonly { path: string; message: string }[] }
  | { step: "cancelled" }
  | { step: "opened"; leftOut: readonly string[] };

/**
 * The "Open a dataset" dialog: choose (or drop) a file; it is read and checked in the browser; a
 * valid dataset replaces what every view shows and is kept in IndexedDB; problems are listed by
 * path, row or column and nothing changes. Esc or Close leaves it; Cancel stops a long read.
 */
export default function OpenDatasetDialog({
  file,
  onClose,
}: {
  file: File | undefined;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ step: "choose" });
  const [said, setSaid] = useState("");
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  // The read in progress: a second file chosen meanwhile cancels it.
  const reading = useRef<AbortController | null>(null);
  async function open(chosen: File) {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setState({ step: "reading", name: chosen.name });
    setSaid(openText().reading({ name: chosen.name }));
    try {
      const read = await readDatasetFile(chosen, controller.signal);
      if (reading.current !== controller) return;
      const kept = await keepDataset(read.dataset);
      setOpenedDataset({ name: chosen.name, fingerprint: datasetFingerprint(read.dataset), kept });
      queryClient.setQueryData(datasetQuery.queryKey, read.dataset);
      void navigate("/");
      // The banner (a live region) now names the dataset and says whether it is kept. An import
      // that left something out, or read Japanese Shift_JIS rather than UTF-8, says so before the
      // reader closes the dialog (a file in another encoding would look garbled: they can tell).
      if (read.leftOut.length === 0 && read.encoding === "UTF-8") {
        dialog.current?.close();
        return;
      }
      setState({ step: "opened", leftOut: read.leftOut });
      setSaid(
        (read.encoding === "UTF-8" ? openText().opened : openText().openedShiftJis)({
          name: chosen.name,
          records: read.dataset.meetings.length,
          format: read.format,
          encoding: read.encoding,
        }),
      );
    } catch (error) {
      if (controller.signal.aborted) {
        if (reading.current !== controller) return;
        setState({ step: "cancelled" });
        setSaid(openText().cancelled());
        return;
      }
      const problems =
        error instanceof DatasetError
          ? error.problems
          : [
              {
                path: chosen.name,
                message: error instanceof Error ? error.message : String(error),
              },
            ];
      const heading = error instanceof DatasetError ? error.heading : problemText().fileNotRead();
      setState({ step: "failed", heading, problems });
      setSaid(openText().failed({ heading }));
    }
  }

  useEffect(function showModal() {
    dialog.current?.showModal();
    // A dropped file is read as the dialog appears (once per mount); reading is I/O, begun after
    // this render rather than inside it.
    if (file !== undefined) void Promise.resolve(file).then(open);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const busy = state.step === "reading";
  return (
    <dialog
      ref={dialog}
      className="open-dataset"
      aria-labelledby="open-dataset-title"
      onClose={onClose}
    >
      <h2 id="open-dataset-title">{openText().dialogTitle()}</h2>
      <p>{openText().intro()}</p>
      <p className="open-dataset__choose">
        <label htmlFor="open-dataset-file">{openText().choose()}</label>
        <input
          id="open-dataset-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen !== undefined) void open(chosen);
          }}
        />
      </p>
      <p className="open-dataset__hint">{openText().drop()}</p>
      <p role="status" className="open-dataset__status">
        {said}
      </p>
      {state.step === "failed" ? (
        <ul className="open-dataset__problems" aria-label={openText().problemsFound()}>
          {state.problems.slice(0, 50).map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
          {state.problems.length > 50 ? (
            <li>{openText().moreProblems({ count: state.problems.length - 50 })}</li>
          ) : null}
        </ul>
      ) : null}
      {state.step === "opened" && state.leftOut.length > 0 ? (
        <>
          <h3 className="open-dataset__subhead">{openText().leftOutHeading()}</h3>
          <ul className="open-dataset__problems" aria-label={openText().leftOutLabel()}>
            {state.leftOut.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="open-dataset__buttons">
        {busy ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              reading.current?.abort();
            }}
          >
            {openText().cancel()}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => {
            reading.current?.abort();
            dialog.current?.close();
          }}
        >
          {openText().close()}
        </button>
      </p>
    </dialog>
  );
}
