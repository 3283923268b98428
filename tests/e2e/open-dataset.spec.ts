import type { Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateDataset } from "../../src/data/validate-dataset";
import { expect, expectNoAxeViolations, test, waitUntilOfflineReady } from "./fixtures";
import { openFile } from "./open-file";
import { poison, watchForScript } from "./hostile";

const shipped = validateDataset(
  JSON.parse(readFileSync(resolve("public/data/meetings.json"), "utf8")),
);

/** The shipped dataset with the 7th meeting renamed and the last meeting left out: easy to tell apart. */
function ownDataset() {
  const meetings = structuredClone(shipped.meetings)
    .slice(0, -1)
    .map((m) => (m.id === "7" ? { ...m, title: "Our own record of the 7th meeting" } : m));
  return { ...shipped, meetings };
}

const banner = (page: Page) => page.getByText(/^Showing your dataset “own\.json”/);

test.describe("with the service worker, as installed", () => {
  // Every other test blocks service workers; going offline needs the one the app installs.
  test.use({ serviceWorkers: "allow" });

  test("an opened dataset shows in every view, survives reload and going offline, and Return brings the bundled one back", async ({
    page,
    context,
  }) => {
    await page.goto("/meetings/7");
    await waitUntilOfflineReady(page);
    await openFile(page, "own.json", JSON.stringify(ownDataset()));
    await expect(banner(page)).toContainText("kept in this browser");
    await expect(page).toHaveURL(/\/$/);
    await expect(
      page.getByRole("link", { name: /Our own record of the 7th meeting|7th meeting/ }).first(),
    ).toBeVisible();
    await page.goto("/meetings/7");
    await expect(
      page.getByRole("heading", { level: 2, name: "Our own record of the 7th meeting" }),
    ).toBeVisible();
    // The last meeting of the bundled data is not in the opened file.
    const last = shipped.meetings.at(-1);
    await page.goto(`/meetings/${last?.id ?? ""}`);
    await expect(page.getByRole("heading", { name: "Meeting not found" })).toBeVisible();

    await page.reload();
    await expect(banner(page)).toBeVisible();
    await context.setOffline(true);
    await page.goto("/meetings/7");
    await expect(
      page.getByRole("heading", { level: 2, name: "Our own record of the 7th meeting" }),
    ).toBeVisible();
    await expect(banner(page)).toBeVisible();
    await context.setOffline(false);
    // Presenting from it, the bar says whose data the slides show.
    await page.goto("/present/15");
    await expect(
      page.getByRole("navigation", { name: "Presenter controls" }).getByText("Data: own.json"),
    ).toBeVisible();
    await page.goto("/");

    await page.getByRole("button", { name: "Return to the bundled dataset" }).click();
    await expect(banner(page)).toBeHidden();
    await page.goto("/meetings/7");
    await expect(
      page.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ }),
    ).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ }),
    ).toBeVisible();
    await expect(banner(page)).toBeHidden();
  });
});

test("broken, binary and oversized files are refused with a message naming what and where; nothing changes", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  const dialog = await openFile(page, "broken.json", '{\n  "version": 1,\n  "series": }\n');
  await expect(dialog.getByRole("status")).toHaveText(
    "The file cannot be read. Nothing was opened.",
  );
  await expect(dialog.getByRole("list", { name: "Problems found" })).toHaveText(
    "broken.json: line 3, column 13: not valid JSON: a value is expected here",
  );
  await dialog.getByLabel("Choose a file").setInputFiles({
    name: "photo.json",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
  });
  await expect(dialog.getByRole("list", { name: "Problems found" })).toContainText(
    "photo.json: holds binary data",
  );
  const bad = ownDataset();
  Reflect.set(bad.meetings[2] ?? {}, "date", "next spring");
  await dialog.getByLabel("Choose a file").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(dialog.getByRole("list", { name: "Problems found" })).toContainText(
    "meetings[2].date",
  );
  // Playwright passes files over 50 MB by path.
  const huge = join(mkdtempSync(join(tmpdir(), "open-dataset-")), "huge.json");
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await dialog.getByLabel("Choose a file").setInputFiles(huge);
  await expect(dialog.getByRole("list", { name: "Problems found" })).toContainText(
    "huge.json: is 50.0 MB; the largest dataset file this app opens is 20.0 MB",
  );
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Open dataset…" })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ })).toBeVisible();
  await expect(page.getByText(/^Showing your dataset/)).toHaveCount(0);
});

test("a hostile dataset opened from a file runs nothing in any view", async ({ page }) => {
  const seen = watchForScript(page);
  await page.goto("/");
  await openFile(page, "hostile.json", JSON.stringify(poison(ownDataset())));
  await expect(page.getByText(/^Showing your dataset “hostile\.json”/)).toBeVisible();
  for (const path of ["/", "/meetings/7", "/map", "/present/15", "/handout", "/search?q=script"]) {
    await page.goto(path);
    await expect(page.locator("#root")).not.toBeEmpty();
    expect(seen, `script ran on ${path}`).toEqual([]);
    expect(await page.evaluate(() => typeof Reflect.get(window, "__xss"))).toBe("undefined");
  }
});

test(
  "a file dropped on the page opens; a link copied then says so on another computer",
  { tag: "@clipboard" },
  async ({ page, browser }) => {
    await page.goto("/meetings/3");
    const text = JSON.stringify(ownDataset());
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "own.json", { type: "application/json" }));
      for (const type of ["dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    }, text);
    await expect(banner(page)).toBeVisible();

    await page.goto("/meetings/7");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/meetings\/7\?dataset=\w+&dataset-name=own\.json$/);

    const elsewhere = await browser.newPage();
    await elsewhere.goto(link);
    await expect(
      elsewhere.getByText(
        "This link was copied while viewing “own.json”, a dataset opened on another computer. Its data is not here: you are seeing the bundled dataset.",
      ),
    ).toBeVisible();
    await expect(
      elsewhere.getByRole("heading", { level: 2, name: /^Seventh ASEAN-Japan/ }),
    ).toBeVisible();
    await elsewhere.close();
  },
);
