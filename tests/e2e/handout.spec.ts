import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { pdfPages, squeeze } from "./pdf-text";
import { validateDataset } from "../../src/data/validate-dataset";

const shipped = validateDataset(
  JSON.parse(readFileSync(resolve("public/data/meetings.json"), "utf8")),
);
const seventh = shipped.meetings.find((meeting) => meeting.number === 7);

async function openHandout(page: Page) {
  await page.goto("/handout");
  await expect(page.getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();
}

/** Opens the handout, presses one of its download buttons, and returns the file the browser saved. */
async function downloadFrom(page: Page, button: string) {
  await openHandout(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return download;
}

test("the printed handout holds every meeting and the 7th meeting's four achievements", async ({
  page,
}) => {
  await openHandout(page);
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  const all = squeeze(pages.join("\n"));
  for (const meeting of shipped.meetings) {
    expect(all, meeting.title).toContain(squeeze(meeting.title));
  }
  const achievements = seventh?.achievements;
  expect(Array.isArray(achievements) ? achievements : []).toHaveLength(4);
  // The 7th meeting's pages run from its heading line to the 8th's.
  const seventhPages = all.slice(
    all.indexOf("Policymeetingno.7·"),
    all.indexOf("Policymeetingno.8·"),
  );
  expect(seventhPages).toContain(squeeze(seventh?.title ?? "?"));
  for (const achievement of Array.isArray(achievements) ? achievements : []) {
    expect(seventhPages, achievement.title).toContain(squeeze(achievement.title));
  }
  // Print drops the app's chrome and prints source addresses in full.
  expect(all).not.toContain("Copylink");
  expect(all).not.toContain("Textsize");
  expect(all).not.toContain("Printhandout");
  expect(all).toContain("http://www.meti.go.jp/english/press/2014/1008_01.html");
  // Cover, timeline, venues, then one page or more per meeting.
  expect(pages.length).toBeGreaterThanOrEqual(3 + shipped.meetings.length);
});

test("the handout on screen has no accessibility violations and works by keyboard", async ({
  page,
}) => {
  await openHandout(page);
  await expectNoAxeViolations(page);
  const print = page.getByRole("button", { name: "Print handout" });
  await print.focus();
  // From printing to what to take away: which meetings the data holds, then the data itself.
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("radio", {
      name: `The ${String(shipped.meetings.length)} meetings this handout holds`,
    }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Download dataset (JSON)" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toContainText(
    `${String(shipped.meetings.length)} meetings`,
  );
});

test("the print view has no accessibility violations", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await openHandout(page);
  await expect(page.getByRole("button", { name: "Print handout" })).toBeHidden();
  await expectNoAxeViolations(page);
});

test("the meetings download as CSV with one row per meeting", async ({ page }) => {
  const download = await downloadFrom(page, "Download meetings (CSV)");
  expect(download.suggestedFilename()).toBe("japan-asean-cybersecurity-meetings.csv");
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = text.trimEnd().split("\r\n");
  // No cell of the shipped data spans lines, so each line is one row.
  expect(lines).toHaveLength(shipped.meetings.length + 1);
  expect(lines[0]).toBe(
    "id,number,kind,title,status,date,start,end,format,city,country,latitude,longitude,co-chairs,source addresses",
  );
  const seventhRow = lines.find((line) => line.startsWith("7,7,"));
  expect(seventhRow).toContain("2014-10-07,2014-10-08,in person,Tokyo,Japan,");
});

test("the dataset downloads as JSON that holds every meeting", async ({ page }) => {
  const download = await downloadFrom(page, "Download dataset (JSON)");
  expect(download.suggestedFilename()).toBe("japan-asean-cybersecurity-meetings.json");
  // The download passes the app's own validation and holds the same meetings.
  const downloaded = validateDataset(JSON.parse(readFileSync(await download.path(), "utf8")));
  expect(downloaded.meetings.map((meeting) => meeting.title)).toEqual(
    shipped.meetings.map((meeting) => meeting.title),
  );
});

test(
  "Copy link copies the current view: filters, achievement and slide",
  { tag: "@clipboard" },
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    for (const path of [
      "/meetings/7?host=JP&from=2012",
      "/meetings/7/achievements/2",
      "/present/3",
    ]) {
      await page.goto(path);
      // The presenter's own bar answers once the slide has hydrated, when the presenter takes focus.
      if (path.startsWith("/present")) await expect(page.locator(".presenter")).toBeFocused();
      await page.getByRole("button", { name: "Copy link" }).click();
      await expect(page.getByText("Link copied")).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
      expect(page.url()).toContain(path);
    }
  },
);
