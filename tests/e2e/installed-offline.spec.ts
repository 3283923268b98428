import { expect, test, waitUntilOfflineReady } from "./fixtures";

// Every other test blocks service workers so that each starts from the network; these need one.
test.use({ serviceWorkers: "allow" });

test("after one visit the app opens and works with the network off", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Timeline" })).toBeVisible();
  await waitUntilOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Timeline" })).toBeVisible();

  await page.goto("/meetings/7/achievements/2");
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    }),
  ).toBeVisible();

  await page.goto("/map");
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();

  await page.goto("/handout");
  await expect(page.getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();

  await page.goto("/present/15");
  await expect(page.getByText(/15 \/ \d+/)).toBeVisible();
});

test("a changed dataset on the server replaces the one kept offline", async ({ page, context }) => {
  await page.goto("/meetings/7");
  await waitUntilOfflineReady(page);

  // The server now has a new edition of the file, with the 7th meeting renamed.
  await context.route("**/data/meetings.json", async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({
      response,
      body: text.replace(
        '"Seventh ASEAN-Japan Cyber Security Policy Meeting"',
        '"Seventh meeting (revised edition)"',
      ),
    });
  });
  await page.reload();
  const revised = page.getByRole("heading", {
    level: 2,
    name: "Seventh meeting (revised edition)",
  });
  await expect(revised).toBeVisible();

  // And the new edition is what is kept for offline use.
  await context.unroute("**/data/meetings.json");
  await context.setOffline(true);
  await page.reload();
  await expect(revised).toBeVisible();
});

test("with the page open and the network gone, the map still loads when scrolled to", async ({
  page,
  context,
}) => {
  // On a phone the map is below the fold: it loads only when it comes near the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/meetings/7");
  await waitUntilOfflineReady(page);
  await expect(page.getByText("The map loads when it comes into view.")).toBeAttached();
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.getByRole("heading", { name: "Venues map" }).scrollIntoViewIfNeeded();
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event, selected" }),
  ).toBeVisible();
});
