import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function slide(page: Page) {
  return page.getByRole("region", { name: /^Slide \d+ of \d+$/ });
}

/**
 * A slide is on screen as soon as the page arrives (it is prerendered); the presenter takes the
 * keyboard once the page has hydrated, which is when it takes focus.
 */
async function waitForKeys(page: Page) {
  await expect(page.locator(".presenter")).toBeFocused();
}

test("/present starts at the title; PageDown and PageUp walk the deck by URL", async ({ page }) => {
  await page.goto("/present");
  await expect(page).toHaveURL(/\/present\/1$/);
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(
    "Japan-ASEAN Cybersecurity Policy Meeting",
  );
  await expect(page.getByText("1 / 49")).toBeVisible();
  await waitForKeys(page);
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/2$/);
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(
    "Where the series has met",
  );
  await page.keyboard.press("PageDown");
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(
    "1st ASEAN-Japan Information Security Policy Meeting",
  );
  await expect(slide(page)).toContainText("February 2009");
  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(/\/present\/2$/);
});

test("moving between slides replaces the history entry: one Back leaves the briefing", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  await page.getByRole("link", { name: "Present from here" }).click();
  await expect(page).toHaveURL(/\/present\/15$/);
  await waitForKeys(page);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/17$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\/7$/);
});

test("reloading mid-deck keeps the slide; the change is announced", async ({ page }) => {
  await page.goto("/present/15");
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(
    "Seventh ASEAN-Japan Cyber Security Policy Meeting",
  );
  await page.reload();
  await expect(page.getByText("15 / 49")).toBeVisible();
  await waitForKeys(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(/^Slide 16 of 49: 7th meeting, achievement 1 of 4/)).toBeAttached();
  await expect(slide(page)).toContainText("confirmed that the efforts are advancing");
  // The rest of that long text is on the next slide, marked as continued.
  await page.keyboard.press("ArrowRight");
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(/\(continued\)$/);
  await expect(slide(page)).toContainText("discussed the specific future approach");
});

test("the deck narrows by URL: meetings 5 to 8, without achievement slides", async ({ page }) => {
  await page.goto("/present/3?from=5&to=8&achievements=off");
  await waitForKeys(page);
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText("5th policy meeting");
  await expect(page.getByText("3 / 8")).toBeVisible();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/\/present\/8\?from=5&to=8&achievements=off$/);
  await page.keyboard.press("ArrowLeft");
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText("8th policy meeting");
});

test("B blanks the screen and any key brings it back; a number and Enter jump", async ({
  page,
}) => {
  await page.goto("/present/4");
  await expect(slide(page)).toBeVisible();
  await waitForKeys(page);
  await page.keyboard.press("b");
  const blank = page.locator(".presenter__blank");
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS("background-color", "rgb(0, 0, 0)");
  await page.keyboard.press("x");
  await expect(blank).toHaveCount(0);
  await expect(page).toHaveURL(/\/present\/4$/);
  await page.keyboard.press("1");
  await page.keyboard.press("5");
  await expect(page.getByText("Go to slide 15 — press Enter")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/present\/15$/);
});

test("? shows the keys; Esc closes them, and Esc again leaves to the meeting", async ({ page }) => {
  await page.goto("/present/16");
  await expect(slide(page)).toBeVisible();
  await waitForKeys(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Presenter keys" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/meetings\/7$/);
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
});

test("Present from here opens the deck at the selected meeting", async ({ page }) => {
  await page.goto("/meetings/9");
  await page.getByRole("link", { name: "Present from here" }).click();
  await expect(page).toHaveURL(/\/present\/\d+$/);
  await expect(slide(page).getByRole("heading", { level: 2 })).toHaveText(
    "9th ASEAN-Japan Information Security Policy Meeting",
  );
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`slides fit ${size.width}×${size.height} without scrolling`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const n of [1, 2, 15, 17, 49]) {
      await page.goto(`/present/${n}`);
      await expect(slide(page)).toBeVisible();
      const overflow = await page.evaluate(() => {
        const el = document.querySelector(".presenter__slide");
        const doc = document.documentElement;
        return {
          page: doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth,
          slide: el === null ? true : el.scrollHeight > el.clientHeight + 1,
        };
      });
      expect(overflow, `slide ${n}`).toEqual({ page: false, slide: false });
    }
  });
}

test("axe finds no violations on a meeting slide and an achievement slide, in both themes", async ({
  page,
}) => {
  // Without motion the slide is never caught mid-fade, when its text is part-transparent.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/present/15");
  await expect(slide(page).getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/present/18");
  await expect(slide(page)).toContainText("achievement 2 of 4");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoAxeViolations(page);
  await page.goto("/present/15");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(slide(page).getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();
  await expectNoAxeViolations(page);
  // While the basemap is still on its way, the slide says so in a colour that reads on the dark map.
  await page.route("**/data/basemap.json", () => undefined);
  await page.goto("/present/15");
  await expect(slide(page).getByText("Loading the map…")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a meeting slide's map draws every outline and puts the meeting's place in the middle", async ({
  page,
}) => {
  await page.goto("/present/15");
  const map = slide(page).getByRole("img", { name: "Map of the meeting venues" });
  await expect(map).toHaveAccessibleDescription(/^Centred on Tokyo, Japan/);
  // The outlines arrive a few countries per task; all 60 of the basemap's end up drawn.
  await expect.poll(() => map.locator(".venue-map__country").count()).toBe(60);
  const box = await map.boundingBox();
  const mark = await map.locator(".venue-map__place--selected .venue-map__dot").boundingBox();
  if (box === null || mark === null)
    throw new Error("the map or its selected place is not on screen");
  expect(Math.abs(mark.x + mark.width / 2 - (box.x + box.width / 2))).toBeLessThan(2);
  expect(Math.abs(mark.y + mark.height / 2 - (box.y + box.height / 2))).toBeLessThan(2);
  await expect(map.locator(".venue-map__place--selected")).toContainText("Tokyo");
});

test("an unknown slide number has its own view", async ({ page }) => {
  await page.goto("/present/99");
  await expect(page.getByRole("heading", { name: "Slide not found" })).toBeVisible();
});
