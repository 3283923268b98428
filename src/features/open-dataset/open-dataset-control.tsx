import { withCatalogs } from "../../data/i18n/catalogs";
import { lazy, Suspense, useEffect, useState } from "react";
import { receiveDroppedFiles } from "./dropped-files";
import { openText } from "./messages";

const OpenDatasetDialog = lazy(() => import("./open-dataset-dialog").then(withCatalogs));

/**
 * "Open dataset…" in the header, and a file dropped anywhere on the page: both open the dialog
 * (a lazy chunk: reading and checking a file costs the first screen nothing).
 */
export function OpenDatasetControl() {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File>();
  // Each drop starts the dialog afresh with its file, even while the dialog is open.
  const [drops, setDrops] = useState(0);
  useEffect(function openDroppedFiles() {
    return receiveDroppedFiles((file) => {
      setDropped(file);
      setDrops((n) => n + 1);
      setOpen(true);
    });
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
        {openText().button()}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <OpenDatasetDialog
            key={drops}
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
