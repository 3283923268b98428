/** The words of the "Open a dataset" dialog (a lazy chunk), until the message catalogs arrive (issue 20). */
export const DIALOG_TEXT = {
  dialogTitle: "Open a dataset",
  intro:
    "Show your own meetings in every view: a dataset in this app's JSON format (as “Download dataset (JSON)” gives), this app's CSV export, or a TimelineJS timeline (its JSON file, or its spreadsheet saved as CSV, UTF-8 or Shift_JIS). The file stays on this computer; the bundled dataset is not changed.",
  choose: "Choose a file",
  drop: "Or drop a file anywhere on the page.",
  reading: (name: string) => `Reading ${name}…`,
  cancel: "Cancel",
  cancelled: "Cancelled: nothing was opened.",
  close: "Close",
  failed: "Nothing was opened.",
  opened: (name: string, records: number, format: string, encoding: string) =>
    `Opened ${name}: ${String(records)} ${records === 1 ? "record" : "records"} from ${format}${encoding === "UTF-8" ? "" : `, read as ${encoding} (Japanese) text: if its words look garbled, save it as “CSV UTF-8” and open that`}. Every view shows it now.`,
  leftOutHeading: "What the file could not say (shown as “not recorded”, never guessed)",
  leftOutLabel: "Left out",
} as const;
