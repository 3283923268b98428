import { readFileSync } from "node:fs";
import { TIMELINE_CSV, TIMELINE_HEADER, TIMELINE_JSON } from "../fixtures/import-files";
import { expect, expectNoAxeViolations, test, waitUntilOfflineReady } from "./fixtures";
import { openFile } from "./open-file";
import { PAYLOADS, watchForScript } from "./hostile";

test.describe("with the service worker, as installed", () => {
  test.use({ serviceWorkers: "allow" });

  test("a TimelineJS spreadsheet opens in every view, says what it left out, and stays through reload and offline", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await waitUntilOfflineReady(page);
    const dialog = await openFile(page, "timeline.csv", TIMELINE_CSV);
    await expect(dialog.getByRole("status")).toHaveText(
      "Opened timeline.csv: 3 records from a TimelineJS spreadsheet (CSV). Every view shows it now.",
    );
    await expect(dialog.getByRole("list", { name: "Left out" })).toContainText(
      "media: images, videos and their credits and captions (1 slide)",
    );
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByText(/^Showing your dataset “timeline\.csv”/)).toBeVisible();

    // Overview: the file's title and summary; what it cannot say is said to be not recorded.
    await expect(page.getByText("Working group on incident response")).toBeVisible();
    await expect(page.getByText("Participants not recorded.")).toBeVisible();
    await expect(
      page.getByText("0 policy meetings and 3 related events.", { exact: false }),
    ).toBeVisible();

    // Timeline → details, by keyboard.
    const kickOff = page.getByRole("link", { name: /Kick-off meeting/ }).first();
    await kickOff.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Kick-off meeting" })).toBeVisible();
    await expect(page.getByText("Held in Manila, with three partners.")).toBeVisible();
    await expect(page.getByText("Group in the file: Plenary")).toBeVisible();
    await expect(page.getByText("Address not recorded").first()).toBeVisible();

    // The map places nothing it was not told, and lists the records instead.
    await page.goto("/map");
    await expect(page.getByRole("heading", { name: "Not on the map" })).toBeVisible();

    // Search covers it.
    await page.goto("/search?q=manila");
    await expect(page.getByRole("region", { name: "Search" }).getByRole("status")).toHaveText(
      "1 result for “manila”.",
    );
    // The deck and the handout draw from it too.
    await page.goto("/present/3");
    await expect(page.getByRole("heading", { name: "Kick-off meeting" })).toBeVisible();
    await page.goto("/handout");
    await expect(
      page.getByRole("heading", { level: 1, name: "Working group on incident response" }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByText(/^Showing your dataset “timeline\.csv”/)).toBeVisible();
    await context.setOffline(true);
    await page.goto("/");
    await expect(page.getByText("Working group on incident response")).toBeVisible();
    await context.setOffline(false);
    await page.getByRole("button", { name: "Return to the bundled dataset" }).click();
    await expect(page.getByText(/^Showing your dataset/)).toBeHidden();
  });
});

test("a TimelineJS JSON file opens, its HTML shown as text and its scripts never run", async ({
  page,
}) => {
  const seen = watchForScript(page);
  const hostile = structuredClone(TIMELINE_JSON);
  hostile.events.forEach((event, i) => {
    event.text = {
      headline: `Event ${String(i)} ${PAYLOADS[i % PAYLOADS.length] ?? ""}`,
      text: PAYLOADS.join(" "),
    };
  });
  hostile.title.text.headline = `Title ${PAYLOADS[0] ?? ""}`;
  await page.goto("/");
  const dialog = await openFile(page, "events.json", JSON.stringify(hostile));
  await expect(dialog.getByRole("status")).toContainText("3 records from a TimelineJS JSON file");
  await page.keyboard.press("Escape");
  for (const path of [
    "/",
    "/meetings/kick-off",
    "/map",
    "/present/3",
    "/handout",
    "/search?q=event",
  ]) {
    await page.goto(path);
    await expect(page.locator("#root")).not.toBeEmpty();
    expect(seen, `script ran on ${path}`).toEqual([]);
  }
  await page.goto("/meetings/kick-off");
  await expect(page.getByRole("heading", { level: 2, name: /^Event 0/ })).toBeVisible();
});

test("the app's own CSV export, downloaded and opened again, shows the same meetings and map", async ({
  page,
}) => {
  await page.goto("/handout");
  // The map is drawn once the page has hydrated: a click before that would be lost.
  await expect(page.getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download meetings (CSV)" }).click(),
  ]);
  const csv = readFileSync(await download.path());
  const dialog = await openFile(page, "meetings.csv", csv);
  await expect(dialog.getByRole("status")).toContainText("from this app's CSV export");
  await page.keyboard.press("Escape");
  await page.goto("/meetings/7");
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ })).toBeVisible();
  await expect(page.getByText(/^Showing your dataset “meetings\.csv”/)).toBeVisible();
  await page.goto("/map");
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();
});

test("a spreadsheet with broken rows, or 100,000 of them, is refused by row in bounded time", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  const broken = `${TIMELINE_HEADER}\n20x4,,,,,,,,,A,,,,,,,,\n2016,1,,Short row\n`;
  // Spreadsheets are parsed off the page's thread.
  const worker = page.waitForEvent("worker");
  const dialog = await openFile(page, "broken.csv", broken);
  expect((await worker).url()).toMatch(/csv-worker/);
  await expect(dialog.getByRole("list", { name: "Problems found" })).toHaveText(
    "row 3: has 4 cells, but the header has 18 columns",
  );
  const rows = Array.from(
    { length: 100_000 },
    (_, i) => `2000,1,1,,,,,,,Event ${String(i)},,,,,,,,`,
  );
  await dialog.getByLabel("Choose a file").setInputFiles({
    name: "big.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${TIMELINE_HEADER}\n${rows.join("\n")}\n`),
  });
  await expect(dialog.getByRole("list", { name: "Problems found" })).toContainText(
    "big.csv: has more than 10,000 rows",
  );
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ })).toBeVisible();
  await expect(page.getByText(/^Showing your dataset/)).toHaveCount(0);
});

test("a file dropped while the dialog shows a problem is read in its place", async ({ page }) => {
  await page.goto("/");
  const dialog = await openFile(page, "broken.csv", `${TIMELINE_HEADER}\n20x4,,,,,,,,,A,,,,,,,,\n`);
  await expect(dialog.getByRole("list", { name: "Problems found" })).toBeVisible();
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], "timeline.csv", { type: "text/csv" }));
    for (const type of ["dragover", "drop"]) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, TIMELINE_CSV);
  await expect(page.getByRole("dialog", { name: "Open a dataset" }).getByRole("status")).toHaveText(
    "Opened timeline.csv: 3 records from a TimelineJS spreadsheet (CSV). Every view shows it now.",
  );
  await expect(page.getByRole("list", { name: "Problems found" })).toHaveCount(0);
});
