import { lazy, Suspense, useEffect, useState } from "react";
import { OPEN_TEXT } from "./open-dataset-text";

const OpenDatasetDialog = lazy(() => import("./open-dataset-dialog"));

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") === true;
}

/**
 * "Open dataset…" in the header, and a file dropped anywhere on the page: both open the dialog
 * (a lazy chunk: reading and checking a file costs the first screen nothing).
 */
export function OpenDatasetControl() {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File>();
  useEffect(function acceptDroppedFiles() {
    function over(event: DragEvent) {
      // Without this the browser would open the file in place of the app.
      if (hasFiles(event)) event.preventDefault();
    }
    function drop(event: DragEvent) {
      const file = event.dataTransfer?.files[0];
      if (!hasFiles(event) || file === undefined) return;
      event.preventDefault();
      setDropped(file);
      setOpen(true);
    }
    document.addEventListener("dragover", over);
    document.addEventListener("drop", drop);
    return () => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("drop", drop);
    };
  }, []);
  return (
    <>
      <button
        type="button"
        className="site-header__link open-dataset__button"
        aria-haspopup="dialog"
        onClick={() => {
          setDropped(undefined);
          setOpen(true);
        }}
      >
        {OPEN_TEXT.button}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <OpenDatasetDialog
            file={dropped}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
