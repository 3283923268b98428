/** The words of the "Open a dataset" dialog (a lazy chunk), until the message catalogs arrive (issue 20). */
export const DIALOG_TEXT = {
  dialogTitle: "Open a dataset",
  intro:
    "Show your own meetings in every view: a dataset in this app's JSON format (as “Download dataset (JSON)” gives). The file stays on this computer; the bundled dataset is not changed.",
  choose: "Choose a file",
  drop: "Or drop a file anywhere on the page.",
  reading: (name: string) => `Reading ${name}…`,
  cancel: "Cancel",
  cancelled: "Cancelled: nothing was opened.",
  close: "Close",
  failed: "Nothing was opened.",
} as const;
