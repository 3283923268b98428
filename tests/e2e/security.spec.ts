import type { Page } from "@playwright/test";
import { validateDataset } from "../../src/data/validate-dataset";
import { expect, test } from "./fixtures";
import { poison, watchForScript } from "./hostile";

async function serveHostileDataset(page: Page, extra?: (json: Record<string, unknown>) => void) {
  await page.route("**/data/meetings.json", async (route) => {
    const response = await route.fetch();
    const dataset = validateDataset(await response.json());
    const json = poison(dataset);
    if (typeof json !== "object" || json === null) throw new Error("poisoning lost the dataset");
    const copy = { ...json };
    extra?.(copy);
    await route.fulfill({ response, json: copy });
  });
}

async function expectNothingRan(page: Page, seen: string[], path: string) {
  expect(seen, `script ran on ${path}`).toEqual([]);
  const marker: unknown = await page.evaluate(() => {
    const value: unknown = Reflect.get(window, "__xss");
    return value;
  });
  expect(marker).toBeUndefined();
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], iframe, svg[onload], main script, main style')
        .length,
  );
  expect(injected, `injected elements on ${path}`).toBe(0);
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
  );
  for (const href of hrefs) expect(href, `link on ${path}`).toMatch(/^(https?:\/\/|\/|#)/);
}

test("a dataset full of script payloads renders them as inert text on every view", async ({
  page,
}) => {
  const seen = watchForScript(page);
  await serveHostileDataset(page);
  for (const path of [
    "/",
    "/meetings/7",
    "/meetings/7/achievements/2",
    "/map",
    "/present/15",
    "/present/16",
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText("XSS-MARKER");
    await page.waitForTimeout(300);
    await expectNothingRan(page, seen, path);
    expect(new URL(page.url()).pathname).toBe(path);
  }
  await page.goto("/map");
  // Poisoned city names split Tokyo's two venues into overlapping markers, so open one by keyboard.
  await page.locator(".venue-marker").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await expectNothingRan(page, seen, "/map popup");
});

test("script addresses in sources are rejected by validation and run nothing", async ({ page }) => {
  const seen = watchForScript(page);
  await serveHostileDataset(page, (json) => {
    const sources = json.sources;
    if (Array.isArray(sources)) {
      json.sources = sources.map((s: unknown, i) =>
        typeof s === "object" && s !== null
          ? {
              ...s,
              url:
                i % 2 === 0
                  ? "javascript:alert('XSS-MARKER')"
                  : "data:text/html,<script>alert(1)</script>",
            }
          : s,
      );
    }
  });
  await page.goto("/meetings/7");
  await expect(page.getByRole("heading", { name: "The dataset has problems" })).toBeVisible();
  await expect(page.getByText("sources[0].url", { exact: true })).toBeVisible();
  await expectNothingRan(page, seen, "/meetings/7");
});

test("the Content-Security-Policy blocks inline script, and the test catches it", async ({
  page,
  cspViolations,
}) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Timeline" })).toBeVisible();
  const ran: unknown = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inline = 1";
    document.body.append(script);
    const value: unknown = Reflect.get(window, "__inline");
    return value;
  });
  expect(ran).toBeUndefined();
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatch(/^script-src/);
  cspViolations.length = 0;
});

test("with every outside request aborted, the whole walk works and none is attempted", async ({
  page,
  outsideRequests,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^7th meeting/ })
    .click();
  await page.getByRole("link", { name: "Link to achievement 3" }).click();
  await expect(page.getByRole("region", { name: /information sharing system/ })).toBeFocused();
  await page.getByRole("link", { name: "Full-size map" }).click();
  await expect(page.locator(".venue-marker")).toHaveCount(6);
  await page.goto("/meetings/7");
  await page.getByRole("link", { name: "Present from here" }).click();
  await expect(page.getByRole("region", { name: /^Slide 15 of/ })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/present\/16$/);
  expect(outsideRequests).toEqual([]);
});
