import type { Page } from "@playwright/test";
import { validateDataset } from "../../src/data/validate-dataset";
import { expect, test } from "./fixtures";

/** Script-carrying strings of the kinds that have hit timeline tools before. */
const PAYLOADS = [
  `<script>window.__xss=1;console.log("XSS-MARKER")</script>`,
  `<img src=x onerror="console.log('XSS-MARKER');alert(1)">`,
  `<svg onload="console.log('XSS-MARKER')"><script>alert(1)</script></svg>`,
  "javascript:alert('XSS-MARKER')",
  "data:text/html,<script>alert('XSS-MARKER')</script>",
  `"><iframe src="javascript:alert('XSS-MARKER')"></iframe>`,
  "{{constructor.constructor('alert(1)')()}}",
  `<a href="javascript:alert('XSS-MARKER')">click</a>`,
  "<style>body{display:none}</style>",
  "</title><script>alert('XSS-MARKER')</script>",
];

/** Fields whose text any string may fill without breaking the schema (ids, dates and codes may not). */
const FREE_TEXT = new Set([
  "title",
  "name",
  "summary",
  "attendees",
  "text",
  "supports",
  "publisher",
  "note",
  "role",
  "organisation",
  "seriesName",
  "label",
  "city",
  "abbreviation",
]);
const FREE_TEXT_LISTS = new Set(["hosts", "notes"]);

let n = 0;
function payload(): string {
  n += 1;
  return `${PAYLOADS[n % PAYLOADS.length] ?? ""} #${n}`;
}

function poison(value: unknown, key = ""): unknown {
  if (typeof value === "string") return FREE_TEXT.has(key) ? payload() : value;
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (FREE_TEXT_LISTS.has(key) ? payload() : poison(item, key)));
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

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

function watchForScript(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().includes("XSS-MARKER")) seen.push(`console: ${message.text()}`);
  });
  return seen;
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
