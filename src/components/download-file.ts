/** Saves text or a Blob as a file through the browser's own download, with no server involved. */
export function downloadFile(filename: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(
    content instanceof Blob ? content : new Blob([content], { type }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the address after this call returns, so it is released later rather than now.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 30_000);
}
