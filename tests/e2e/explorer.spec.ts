import { expect, test } from "./fixtures";

test("the home view shows the series and a timeline from the 1st meeting", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 2, name: "The series at a glance" }),
  ).toBeVisible();
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline.getByRole("link").first()).toHaveAccessibleName(
    /1st meeting.*Feb 2009.*Tokyo, Japan.*Held/,
  );
  await expect(timeline.getByRole("link", { name: /7th meeting.*7–8 Oct 2014/ })).toBeVisible();
  await expect(
    timeline.getByRole("link", { name: /^Related event ASEAN-Japan Ministerial/ }),
  ).toBeVisible();
});

test("clicking through the timeline opens each meeting's details", async ({ page }) => {
  await page.goto("/");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await timeline.getByRole("link", { name: /^2nd meeting/ }).click();
  await expect(page).toHaveURL(/\/meetings\/2$/);
  await expect(page.getByText("Bangkok, Thailand").last()).toBeVisible();
  await timeline.getByRole("link", { name: /^7th meeting/ }).click();
  await expect(page).toHaveURL(/\/meetings\/7$/);
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Achievements/ }).getByRole("listitem"),
  ).toHaveCount(4);
  await expect(page).toHaveTitle(/Seventh ASEAN-Japan Cyber Security Policy Meeting/);
});

test("deep links survive a reload", async ({ page }) => {
  for (const path of ["/meetings/7", "/meetings/ministerial-2013", "/meetings/8"]) {
    await page.goto(path);
    await page.reload();
    await expect(
      page.getByRole("navigation", { name: "Timeline" }).locator('[aria-current="page"]'),
    ).toHaveCount(1);
    await expect(page.getByRole("article")).toBeVisible();
  }
  await page.goto("/meetings/7/achievements/2");
  await page.reload();
  // The achievement is shown under its meeting's heading, with the heading and the header in view.
  const second = page.getByRole("region", { name: /Formulating guidelines shared among Japan/ });
  await expect(second).toBeFocused();
  await expect(second).toContainText("Achievement 2 of 4");
  await expect(second).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeInViewport();
  await expect(page.getByRole("banner")).toBeInViewport();
});

test("a meeting clicked while the page is scrolled down opens at its heading, with focus there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/meetings/7");
  await page.getByRole("heading", { name: "Sources" }).scrollIntoViewIfNeeded();
  await page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^9th meeting/ })
    .click();
  const heading = page.getByRole("heading", { level: 2, name: /^9th / });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test("Back and Forward walk the selections", async ({ page }) => {
  await page.goto("/meetings/1");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await timeline.getByRole("link", { name: /^3rd meeting/ }).click();
  await page.getByRole("link", { name: /^Next: 4th meeting/ }).click();
  await expect(page).toHaveURL(/\/meetings\/4$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\/3$/);
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(/^3rd /);
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\/1$/);
  await page.goForward();
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(/^3rd /);
});

test("keyboard alone: skip link, timeline arrows, Enter, achievement link", async ({ page }) => {
  await page.goto("/");
  // Keys pressed before the page has hydrated go to the browser, not to the timeline: the map's
  // markers are drawn by the hydrated app, so once they are there the keys reach it.
  await expect(
    page.getByRole("region", { name: "Venues map" }).getByRole("button", { name: /^Tokyo — / }),
  ).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Past the title link, Search, Open dataset…, Handout & export, Copy link, 日本語, the three
  // text-size buttons and the three filters to the timeline's single stop.
  for (let i = 0; i < 13; i += 1) await page.keyboard.press("Tab");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline.getByRole("link", { name: /^1st meeting/ })).toBeFocused();
  await page.keyboard.press("End");
  await expect(timeline.getByRole("link").last()).toBeFocused();
  await page.keyboard.press("Home");
  for (let i = 0; i < 7; i += 1) await page.keyboard.press("ArrowDown");
  await expect(timeline.getByRole("link", { name: /^7th meeting/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/7$/);
  // The URL changes before React renders the route (a transition): wait for the details.
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
  // One Tab leaves the timeline: it is a single stop.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /^Previous: 6th meeting/ })).toBeFocused();
  const focusRing = await page.evaluate(
    () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
  );
  expect(focusRing).toBe("solid");
  await page.getByRole("link", { name: "Link to achievement 4" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/7\/achievements\/4$/);
  await expect(
    page.getByRole("region", { name: /Further enhancing the Japan-ASEAN collaboration/ }),
  ).toBeFocused();
});

test("unknown meetings, achievements and paths have their own views", async ({ page }) => {
  await page.goto("/meetings/99");
  await expect(page.getByRole("heading", { name: "Meeting not found" })).toBeVisible();
  await page.getByRole("link", { name: "go back to the overview" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/meetings/7/achievements/5");
  await expect(page.getByRole("heading", { name: "Achievement not found" })).toBeVisible();
  await page.getByRole("link", { name: /Back to Seventh/ }).click();
  await expect(page).toHaveURL(/\/meetings\/7$/);

  await page.goto("/does/not/exist");
  await expect(page.getByRole("heading", { name: "Page not found (404)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the overview and timeline" })).toBeVisible();
});

test("the text size choice persists across reloads", async ({ page }) => {
  await page.goto("/meetings/7");
  const before = await page
    .getByRole("heading", { level: 2, name: /Seventh/ })
    .evaluate((h) => h.getBoundingClientRect().height);
  await page.getByRole("button", { name: /^L\s*\(Large text\)$/ }).click();
  // As a reader would, reload once the larger text shows.
  await expect(page.getByRole("button", { name: /^L\s*\(Large text\)$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.reload();
  await expect(page.getByRole("button", { name: /^L\s*\(Large text\)$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const after = await page
    .getByRole("heading", { level: 2, name: /Seventh/ })
    .evaluate((h) => h.getBoundingClientRect().height);
  expect(after).toBeGreaterThan(before);
});
