import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function deckList(page: Page) {
  return page.getByRole("list", { name: "Slides of this briefing" });
}

async function deckLabels(page: Page): Promise<string[]> {
  await expect(deckList(page).locator(":scope > li").first()).toBeVisible();
  return deckList(page).locator(":scope > li .briefing__label").allTextContents();
}

/** What the composer says it did (its status line, not the header's copy-link status). */
function said(page: Page) {
  return page.getByRole("main").getByRole("status");
}

/** Moves focus to a control and presses Enter: the keyboard, not the pointer. */
async function press(page: Page, name: string | RegExp, role: "button" | "link" = "button") {
  const control = page.getByRole(role, { name }).first();
  await control.focus();
  await page.keyboard.press("Enter");
}

test("a briefing is composed, reordered and presented by keyboard alone", async ({ page }) => {
  await page.goto("/briefing");
  await expect(page.getByRole("heading", { name: "Build a briefing" })).toBeVisible();
  await expect(deckList(page)).toBeVisible();
  await press(page, "Remove every slide");
  await expect(page.getByText("No slides yet")).toBeVisible();

  await press(page, "Add title slide");
  await press(page, "Add the slide of the 7th meeting");
  await press(page, "Add achievement 2 of the 7th meeting");
  await press(page, "Add timeline of the series");
  // The briefer's own slide.
  await page.getByRole("textbox", { name: "Title" }).last().focus();
  await page.keyboard.type("Key messages");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Guidelines adopted in 2014");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Exercises every year since");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(said(page)).toContainText("Added “Your slide: Key messages” as slide 5");
  expect(await deckLabels(page)).toEqual([
    "Title slide",
    "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    "7th meeting, achievement 2: Formulating guidelines shared among Japan and the ASEAN countries concerning the protection of critical infrastructures",
    "Timeline: the whole series on one slide",
    "Your slide: Key messages",
  ]);

  // Move the new slide up to second place; focus stays on its "Move up" button.
  await press(page, "Move up: Your slide: Key messages");
  await expect(
    page.getByRole("button", { name: "Move up: Your slide: Key messages" }),
  ).toBeFocused();
  await expect.poll(async () => (await deckLabels(page))[3]).toBe("Your slide: Key messages");
  // Two more presses at once, as a quick hand gives them: each moves it one place.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await deckLabels(page))[1]).toBe("Your slide: Key messages");
  await expect(
    page.getByRole("button", { name: "Move up: Your slide: Key messages" }),
  ).toBeFocused();
  await press(page, "Remove: Timeline: the whole series on one slide");
  await expect.poll(() => deckLabels(page)).toHaveLength(4);

  await page.getByRole("textbox", { name: "Title" }).first().fill("Briefing for the Minister");
  await page.getByRole("spinbutton", { name: "Target duration (minutes)" }).fill("10");
  await expectNoAxeViolations(page);

  // The address holds the briefing: a reload keeps it.
  await page.reload();
  await expect.poll(() => deckLabels(page)).toHaveLength(4);

  await press(page, /^Present this briefing/, "link");
  await expect(page).toHaveURL(/\/present\/title~t\.[\w-]+~m\.7~a\.7\.2\/1\?/);
  const slide = page.getByRole("region", { name: /^Slide \d+ of 4$/ });
  await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Briefing for the Minister");
  await expect(page.locator(".presenter")).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Key messages");
  await expect(slide.getByRole("listitem")).toHaveText([
    "Guidelines adopted in 2014",
    "Exercises every year since",
  ]);
  await page.keyboard.press("PageDown");
  await expect(slide).toContainText("Source: METI, 8 October 2014");
});

test("slides can be dragged to another place", async ({ page }) => {
  await page.goto("/briefing");
  const before = await deckLabels(page);
  const items = deckList(page).locator(":scope > li");
  await items.nth(3).dragTo(items.nth(0));
  const after = await deckLabels(page);
  expect(after[0]).toBe(before[3]);
  expect(after).toHaveLength(before.length);
});

test("the Key facts deck lists what it left out, to add back", async ({ page }) => {
  await page.goto("/briefing");
  const leftOut = page.getByRole("region", { name: /Left out of Key facts/ });
  await expect(leftOut).toContainText("16th meeting");
  await leftOut.getByRole("button", { name: "Add back the 16th meeting" }).click();
  await expect(leftOut).not.toContainText("16th meeting");
  const labels = await deckLabels(page);
  // Added before the closing slide.
  expect(labels.at(-2)).toBe("16th policy meeting");
  expect(labels.at(-1)).toBe("Closing slide");
});

test("a briefing saved as a file opens again, notes and all", async ({ page }) => {
  await page.goto("/briefing");
  await page.getByRole("textbox", { name: "Title" }).first().fill("Carried on a stick");
  const firstNotes = deckList(page).locator(":scope > li").first().locator("summary");
  await firstNotes.click();
  await page
    .getByRole("textbox", { name: "Speaker notes for Title slide" })
    .fill("Welcome everyone.");
  const labels = await deckLabels(page);
  await page.getByRole("textbox", { name: "Name" }).fill("Minister briefing");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as a file" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Minister briefing.briefing.json");
  const path = await file.path();
  const saved: unknown = JSON.parse(readFileSync(path, "utf8"));
  expect(saved).toMatchObject({ format: "ajcpm-briefing", version: 1, name: "Minister briefing" });

  await page.goto("/briefing");
  await page.getByRole("button", { name: "Remove every slide" }).click();
  await page.getByLabel("Open a briefing file (.briefing.json)").setInputFiles({
    name: file.suggestedFilename(),
    mimeType: "application/json",
    buffer: readFileSync(path),
  });
  await expect(said(page)).toContainText(
    `Opened Minister briefing.briefing.json: ${String(labels.length)} slides.`,
  );
  expect(await deckLabels(page)).toEqual(labels);
  await expect(page.getByRole("textbox", { name: "Title" }).first()).toHaveValue(
    "Carried on a stick",
  );
  await deckList(page).locator(":scope > li").first().locator("summary").click();
  await expect(page.getByRole("textbox", { name: "Speaker notes for Title slide" })).toHaveValue(
    "Welcome everyone.",
  );
});

test("a broken or hostile briefing file is refused with its problems named, and runs nothing", async ({
  page,
}) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto("/briefing");
  const before = await deckLabels(page);
  const open = page.getByLabel("Open a briefing file (.briefing.json)");
  const upload = (name: string, text: string) =>
    open.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

  await upload("notes.briefing.json", "<html><script>alert(1)</script>");
  await expect(page.getByRole("alert")).toContainText(
    "notes.briefing.json: is not a briefing file: not JSON",
  );

  await upload(
    "wrong.briefing.json",
    JSON.stringify({
      format: "ajcpm-briefing",
      version: 1,
      name: "x",
      cover: { title: "", presenter: "", date: "" },
      slides: [
        { kind: "title" },
        { kind: "script", src: "evil.js" },
        { kind: "achievement", id: "7", n: 0 },
      ],
    }),
  );
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("slides[1]");
  await expect(alert).toContainText("slides[2].n");
  expect(await deckLabels(page)).toEqual(before);

  // A valid file whose words are markup: shown as words.
  const payload = '<img src=x onerror="alert(2)">';
  await upload(
    "hostile.briefing.json",
    JSON.stringify({
      format: "ajcpm-briefing",
      version: 1,
      name: payload,
      cover: { title: payload, presenter: payload, date: "" },
      slides: [
        { kind: "title" },
        { kind: "text", title: payload, body: `${payload}\njavascript:alert(3)`, notes: payload },
      ],
    }),
  );
  await expect(deckList(page)).toContainText(`Your slide: ${payload}`);
  await page.getByRole("link", { name: /^Present this briefing/ }).click();
  await expect(page.getByRole("region", { name: /^Slide 1 of 2$/ })).toContainText(payload);
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("region", { name: /^Slide 2 of 2$/ })).toContainText(payload);
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a file over a megabyte is refused at once, with its size", async ({ page }) => {
  await page.goto("/briefing");
  await page.getByLabel("Open a briefing file (.briefing.json)").setInputFiles({
    name: "huge.briefing.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(2 * 1024 * 1024, 32),
  });
  await expect(page.getByRole("alert")).toContainText(
    "huge.briefing.json: is 2048 KB; a briefing file is at most 1 MB.",
  );
});

test("a briefing kept in the browser can be opened again after the tab is closed", async ({
  page,
  context,
}) => {
  await page.goto("/briefing?from=7");
  await expect
    .poll(() => deckLabels(page))
    .toEqual([
      "Title slide",
      "Seventh ASEAN-Japan Cyber Security Policy Meeting",
      expect.stringMatching(/^7th meeting, achievement 1:/),
      expect.stringMatching(/^7th meeting, achievement 2:/),
      expect.stringMatching(/^7th meeting, achievement 3:/),
      expect.stringMatching(/^7th meeting, achievement 4:/),
      "Closing slide",
    ]);
  await page.getByRole("textbox", { name: "Name" }).fill("The 7th in depth");
  await page.getByRole("button", { name: "Save in this browser" }).click();
  await expect(said(page)).toContainText("Saved in this browser as “The 7th in depth”.");
  await page.close();
  const again = await context.newPage();
  await again.goto("/briefing");
  await again.getByRole("button", { name: "Open “The 7th in depth”" }).click();
  await expect.poll(() => deckLabels(again)).toHaveLength(7);
});
