import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function slideOf(page: Page) {
  return page.getByRole("region", { name: /^Slide \d+ of \d+$/ });
}

/** The presenter takes the keyboard once the page has hydrated, which is when it takes focus. */
async function waitForKeys(page: Page) {
  await expect(page.locator(".presenter")).toBeFocused();
}

/** Opens the speaker view with S and returns its window, ready for keys. */
async function openSpeakerView(page: Page): Promise<Page> {
  const opened = page.context().waitForEvent("page");
  await page.keyboard.press("s");
  const speaker = await opened;
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await expect(speaker.getByRole("heading", { level: 1, name: "Speaker view" })).toBeAttached();
  await expect(speaker.locator(".speaker")).toBeFocused();
  return speaker;
}

test("the speaker view follows the audience's window and drives it, with a clicker's keys in either", async ({
  page,
}) => {
  await page.goto("/present/15?minutes=10");
  await waitForKeys(page);
  const speaker = await openSpeakerView(page);
  await expect(speaker.getByText("Slide 15 of 49")).toBeVisible();
  await expect(speaker.getByRole("region", { name: "Next slide" })).toContainText(
    "achievement 1 of 4",
  );
  // A pacing cue in words and a sign, not colour alone; the time used and the clock.
  await expect(speaker.getByRole("status")).toHaveText(/^(▲ Ahead by|● On time|▼ Behind by)/);
  await expect(speaker.getByText("Time used")).toBeVisible();
  await expect(speaker.getByText("Clock")).toBeVisible();

  await speaker.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/16\?minutes=10$/);
  await expect(page.getByText("16 / 49")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(speaker.getByText("Slide 17 of 49")).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(speaker.getByText("Slide 16 of 49")).toBeVisible();

  // Reloading the audience's window, the two find each other again.
  await page.reload();
  await waitForKeys(page);
  await speaker.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/17\?minutes=10$/);

  // Closing the speaker view leaves the audience's slide as it is.
  await speaker.close();
  await expect(page.getByText("17 / 49")).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.getByText("18 / 49")).toBeVisible();
});

test("notes typed in the speaker view are kept; a slide without notes shows what its facts rest on", async ({
  page,
}) => {
  await page.goto("/present/15");
  await waitForKeys(page);
  const speaker = await openSpeakerView(page);
  await expect(speaker.getByText("No notes for this slide. What its facts rest on:")).toBeVisible();
  await expect(
    speaker.getByText("http://www.meti.go.jp/english/press/2014/1008_01.html"),
  ).toBeVisible();
  const notes = speaker.getByRole("textbox", { name: "Speaker notes for this slide" });
  await notes.fill("Stress the Keio Plaza venue; hand over to the Thai co-chair.");
  // Typing in the notes does not move the slides.
  await expect(speaker.getByText("Slide 15 of 49")).toBeVisible();
  await speaker.reload();
  await expect(speaker.getByRole("textbox", { name: "Speaker notes for this slide" })).toHaveValue(
    "Stress the Keio Plaza venue; hand over to the Thai co-chair.",
  );
  await expectNoAxeViolations(speaker);
});

test("where no second window can open, the notes show under the slide and the message says how to allow it", async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto("/present/15");
  await waitForKeys(page);
  await page.keyboard.press("s");
  await expect(
    page.getByRole("status").filter({ hasText: "did not open the speaker view" }),
  ).toContainText("Allow pop-ups for this site");
  await expect(page.getByRole("textbox", { name: "Speaker notes for this slide" })).toBeVisible();
  // The slide is still wholly on screen above the notes.
  const overflow = await slideOf(page).evaluate((s) => s.scrollHeight > s.clientHeight + 1);
  expect(overflow).toBe(false);
});

test("from the one-file build opened from disk, the two windows stay linked", async ({ page }) => {
  const file = resolve("dist-single/index.html");
  expect(existsSync(file), "run `npm run build:single` first").toBe(true);
  await page.goto(`${pathToFileURL(file).href}#/present/15`);
  await waitForKeys(page);
  const speaker = await openSpeakerView(page);
  await expect(speaker.getByText("Slide 15 of 49")).toBeVisible();
  await speaker.keyboard.press("PageDown");
  await expect(page.getByText("16 / 49")).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(speaker.getByText("Slide 17 of 49")).toBeVisible();
});

test("after a click on a bar button, the clicker's Space and Enter move the slides on", async ({
  page,
}) => {
  await page.goto("/present/3");
  await waitForKeys(page);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/present\/2$/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\/present\/3$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/present\/4$/);
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\/present\/5$/);
});

test("the control bar gets out of the way when the pointer rests, and comes back when it moves", async ({
  page,
}) => {
  await page.goto("/present/15");
  await waitForKeys(page);
  const bar = page.getByRole("navigation", { name: "Presenter controls" });
  await page.mouse.move(400, 300);
  await expect(bar).toHaveCSS("opacity", "1");
  // It hides two seconds after the last movement.
  await expect(bar).toHaveCSS("opacity", "0", { timeout: 6_000 });
  // It keeps its place: the slide above it is the same size, nothing is covered.
  const [slideBox, barBox] = await Promise.all([slideOf(page).boundingBox(), bar.boundingBox()]);
  if (slideBox === null || barBox === null) throw new Error("not laid out");
  expect(slideBox.y + slideBox.height).toBeLessThanOrEqual(barBox.y + 1);
  await page.mouse.move(500, 350);
  await expect(bar).toHaveCSS("opacity", "1");
});

test("O shows every slide at a glance: arrows and Enter jump, Esc returns", async ({ page }) => {
  await page.goto("/present/15");
  await waitForKeys(page);
  await page.keyboard.press("o");
  const grid = page.getByRole("dialog", { name: /^All 49 slides/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole("button", { name: /^15 Meeting/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(grid.getByRole("button", { name: /^17 Achievement/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(grid).toBeHidden();
  await expect(page).toHaveURL(/\/present\/17$/);
  await page.keyboard.press("g");
  await expect(grid).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(grid).toBeHidden();
  await expect(page).toHaveURL(/\/present\/17$/);
  // Keys move the slides again.
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/18$/);
});
