// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  button: () => "Open dataset…",
  bannerKept: (d) => "Showing your dataset “" + d.name + "”, opened from a file and kept in this browser.",
  bannerNotKept: (d) => "Showing your dataset “" + d.name + "”, opened from a file. This browser will not keep it: reloading returns to the bundled dataset.",
  returnToBundled: () => "Return to the bundled dataset",
  foreignLink: (d) => "This link was copied while viewing “" + d.name + "”, a dataset opened on another computer. Its data is not here: you are seeing the bundled dataset.",
  dialogTitle: () => "Open a dataset",
  intro: () => "Show your own meetings in every view: a dataset in this app's JSON format (as “Download dataset (JSON)” gives), this app's CSV export, or a TimelineJS timeline (its JSON file, or its spreadsheet saved as CSV, UTF-8 or Shift_JIS). The file stays on this computer; the bundled dataset is not changed.",
  choose: () => "Choose a file",
  drop: () => "Or drop a file anywhere on the page.",
  reading: (d) => "Reading " + d.name + "…",
  cancel: () => "Cancel",
  cancelled: () => "Cancelled: nothing was opened.",
  close: () => "Close",
  failed: (d) => d.heading + ". Nothing was opened.",
  opened: (d) => "Opened " + d.name + ": " + plural(d.records, 0, en, { one: number("en", d.records, 0) + " record", other: number("en", d.records, 0) + " records" }) + " from " + d.format + ". Every view shows it now.",
  openedShiftJis: (d) => "Opened " + d.name + ": " + plural(d.records, 0, en, { one: number("en", d.records, 0) + " record", other: number("en", d.records, 0) + " records" }) + " from " + d.format + ", read as " + d.encoding + " (Japanese) text: if its words look garbled, save it as “CSV UTF-8” and open that. Every view shows it now.",
  leftOutHeading: () => "What the file could not say (shown as “not recorded”, never guessed)",
  leftOutLabel: () => "Left out",
  problemsFound: () => "Problems found",
  moreProblems: (d) => "…and " + d.count + " more."
}
