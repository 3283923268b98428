/** Saves text as a file through the browser's own download, with no server involved. */
export function downloadFile(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
