import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { BASE_PATH, BASE_PATH_PORT } from "../../playwright.config";
import { expect, test, waitUntilOfflineReady } from "./fixtures";

// These need the service worker that every other test blocks. They run on the build served under
// a base path (the worker's scope is then /ajcpm/), and in turn, because one of them changes that
// build's sw.js on disk as a deploy would: the browser's own update check is not a page request,
// so it cannot be intercepted.
test.use({ serviceWorkers: "allow", baseURL: `http://127.0.0.1:${BASE_PATH_PORT}${BASE_PATH}` });
test.describe.configure({ mode: "serial" });

const WORKER_FILE = "dist-base/sw.js";
let original = "";
test.beforeAll(() => {
  original = readFileSync(WORKER_FILE, "utf8");
});
test.afterAll(() => {
  writeFileSync(WORKER_FILE, original);
});

/**
 * A new version on the server: sw.js changes (any changed byte makes the browser install it), and
 * the page looks for it the way a tab does when it is looked at again.
 */
async function deployNewWorker(page: Page, version: string) {
  writeFileSync(WORKER_FILE, `${original}\n// version ${version}`);
  await page.evaluate(() => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

/** Resolves with the next navigation of the page's main frame (a reload included). */
function nextNavigation(page: Page): Promise<unknown> {
  return page.waitForEvent("framenavigated", { predicate: (frame) => frame === page.mainFrame() });
}

test("a tab whose first visit installed the worker moves to a new version: the explorer reloads, a briefing waits until it is left", async ({
  page,
}) => {
  await page.goto("meetings/7");
  await waitUntilOfflineReady(page);
  await page.evaluate(() => {
    Reflect.set(window, "beforeUpdate", true);
  });
  const reloaded = nextNavigation(page);
  await deployNewWorker(page, "2");
  await reloaded;
  await expect(page).toHaveURL(/\/meetings\/7$/);
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
  expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(false);

  // In presenter mode the slide stays on screen through the update, until the briefing is left.
  await page.goto("present/15");
  await expect(page.locator(".presenter")).toBeFocused();
  await waitUntilOfflineReady(page);
  const versionChanged = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener("controllerchange", () => {
          resolve();
        });
      }),
  );
  await deployNewWorker(page, "3");
  await versionChanged;
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/present\/16$/);
  await expect(page.getByText("16 / 49")).toBeVisible();
  const leftAndReloaded = page.waitForEvent("load");
  await page.keyboard.press("Escape");
  await leftAndReloaded;
  await expect(page).toHaveURL(/\/meetings\/7$/);
});

test("after a deploy, a lazy part that is gone reloads the page once onto the new version, at the slide it was going to", async ({
  page,
  context,
}) => {
  await page.goto("meetings/7");
  await waitUntilOfflineReady(page);
  // The deploy removed this version's presenter code: not on the server, not in the cache.
  let refused = 0;
  await context.route(/\/assets\/present-route-[\w-]+\.js$/, async (route) => {
    if (refused === 0) {
      refused += 1;
      await route.fulfill({ status: 404, body: "gone" });
      return;
    }
    await route.continue();
  });
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (/present-route-[\w-]+\.js$/.test(request.url)) await cache.delete(request);
      }
    }
  });
  await page.getByRole("link", { name: "Present from here" }).click();
  await expect(page).toHaveURL(/\/present\/15$/);
  await expect(page.getByRole("region", { name: "Slide 15 of 49" })).toContainText(
    "Seventh ASEAN-Japan Cyber Security Policy Meeting",
  );
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  expect(refused).toBe(1);
});
