/** The words of the header's "Open dataset…" and the banner (on the first screen: keep them few). */
export const OPEN_TEXT = {
  button: "Open dataset…",
  bannerKept: (name: string) =>
    `Showing your dataset “${name}”, opened from a file and kept in this browser.`,
  bannerNotKept: (name: string) =>
    `Showing your dataset “${name}”, opened from a file. This browser will not keep it: reloading returns to the bundled dataset.`,
  returnToBundled: "Return to the bundled dataset",
  foreignLink: (name: string) =>
    `This link was copied while viewing “${name}”, a dataset opened on another computer. Its data is not here: you are seeing the bundled dataset.`,
} as const;
