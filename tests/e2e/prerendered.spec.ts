import type { Page } from "@playwright/test";
import { expect, serveEdited, test } from "./fixtures";

/** Console errors and warnings: a failed hydration is reported there, not as an uncaught error. */
function recordConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  return problems;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a meeting's address shows its details, the timeline and the venue list", async ({
    page,
  }) => {
    await page.goto("/meetings/7");
    await expect(page).toHaveTitle(/^Seventh ASEAN-Japan Cyber Security Policy Meeting/);
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: /Achievements/ }).getByRole("listitem"),
    ).toHaveCount(4);
    const timeline = page.getByRole("navigation", { name: "Timeline" });
    await expect(timeline.getByRole("link", { name: /^2nd meeting/ })).toHaveAttribute(
      "href",
      "/meetings/2",
    );
    await timeline.getByRole("link", { name: /^2nd meeting/ }).click();
    await expect(page).toHaveURL(/\/meetings\/2$/);
    await expect(page.getByText("Bangkok, Thailand").last()).toBeVisible();
  });

  test("a slide shows its content and counter", async ({ page }) => {
    await page.goto("/present/15");
    await expect(page.getByRole("region", { name: "Slide 15 of 49" })).toContainText(
      "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    );
    await expect(page.getByText("15 / 49")).toBeVisible();
  });
});

test("the page hydrates what it was served: the same elements stay and links work in place", async ({
  page,
}) => {
  const problems = recordConsoleProblems(page);
  // Hold the app's code back until the served markup has been marked.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/meetings/7", { waitUntil: "commit" });
  const title = page.getByRole("heading", {
    level: 2,
    name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
  });
  await expect(title).toBeVisible();
  await title.evaluate((element) => {
    element.setAttribute("data-served", "yes");
  });
  await page.evaluate(() => {
    Reflect.set(window, "sameDocument", true);
  });
  release();
  // The map is drawn only by the hydrated app; from then on the timeline's links navigate inside
  // the page, without a new document.
  await expect(page.locator(".venue-marker").first()).toBeVisible();
  await page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^8th meeting/ })
    .click();
  await expect(page).toHaveURL(/\/meetings\/8$/);
  expect(await page.evaluate(() => Reflect.get(window, "sameDocument") === true)).toBe(true);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toHaveAttribute(
    "data-served",
    "yes",
  );
  expect(problems).toEqual([]);
});

test("a remembered text size and presenter theme apply to prerendered pages without errors", async ({
  page,
}) => {
  const problems = recordConsoleProblems(page);
  await page.goto("/meetings/7");
  await expect(page.locator(".venue-marker").first()).toBeVisible();
  await page.getByRole("button", { name: /^L/ }).click();
  await page.goto("/present/15");
  // The presenter takes focus once it has hydrated and listens for keys and clicks.
  await expect(page.locator(".presenter")).toBeFocused();
  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.goto("/meetings/7");
  await expect(page.getByRole("button", { name: /^L/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: /^M/ })).toHaveAttribute("aria-pressed", "false");
  await page.goto("/present/15");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(problems).toEqual([]);
});

test("a dataset changed after the build is what the page shows", async ({ page }) => {
  const problems = recordConsoleProblems(page);
  await serveEdited(page, (json) => {
    const seventh = json.meetings.find((meeting) => meeting.id === "7");
    if (seventh !== undefined) seventh.title = "Seventh meeting (corrected title)";
  });
  await page.goto("/meetings/7");
  await expect(
    page.getByRole("heading", { level: 2, name: "Seventh meeting (corrected title)" }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test("an address with a filter, served the overview's page, shows the filtered timeline", async ({
  page,
}) => {
  await page.goto("/?host=JP");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline.getByRole("link", { name: /^2nd meeting/ })).toHaveCount(0);
  await expect(timeline.getByRole("link", { name: /^7th meeting/ })).toBeVisible();
});

test(
  "the header works while the dataset is still loading",
  { tag: "@clipboard" },
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/data/meetings.json", async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto("/meetings/7", { waitUntil: "commit" });
    // The served page shows the meeting at once; the header is live before the data arrives.
    await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible();
    await expect(async () => {
      await page.getByRole("button", { name: "Copy link" }).click();
      await expect(page.getByText("Link copied")).toBeVisible({ timeout: 500 });
    }).toPass();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    release();
    await expect(page.locator(".venue-marker").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible();
  },
);
