/**
 * Files dropped anywhere on the page. Listened for from the start (main.tsx), before the page has
 * hydrated: a file dropped while the app loads is kept for the dialog rather than lost, and the
 * browser does not leave the app to show the file itself.
 */
let pending: File | undefined;
let receiver: ((file: File) => void) | undefined;

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") === true;
}

/** Starts listening on the document; called once, at start. */
export function acceptDroppedFiles(): void {
  document.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (!hasFiles(event) || file === undefined) return;
    event.preventDefault();
    if (receiver === undefined) pending = file;
    else receiver(file);
  });
}

/**
 * Hands each dropped file to `receive` (the header's control), first any dropped before it was
 * there. Returns the function that stops it.
 */
export function receiveDroppedFiles(receive: (file: File) => void): () => void {
  receiver = receive;
  if (pending !== undefined) {
    const file = pending;
    pending = undefined;
    receive(file);
  }
  return () => {
    if (receiver === receive) receiver = undefined;
  };
}
