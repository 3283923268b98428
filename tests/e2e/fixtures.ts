import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { catalogsReady } from "../../src/data/i18n/catalogs";
import "../../src/data/messages";
import { validateDataset } from "../../src/data/validate-dataset";

// The data layer's words (dates, places), which specs use to work out what a page should show: loaded
// before any spec's own code runs, as the page loads them before it renders (decision 019).
await catalogsReady();

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (["data:", "blob:", "about:", "file:"].includes(protocol)) return true;
  return LOCAL_HOSTS.has(hostname);
}

/**
 * Every test records requests that would leave this machine (and aborts them, as a closed network
 * would) and any uncaught page error; a test fails if either list is not empty at its end.
 */
export const test = base.extend<{
  cspViolations: string[];
  outsideRequests: string[];
  pageErrors: string[];
  /** Set by a test that switches on something which asks the network on purpose (map tiles). */
  expectOutsideRequests: boolean;
}>({
  expectOutsideRequests: [false, { option: true }],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction("reportCspViolation", (text: string) => {
        violations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          // exposeFunction put the reporter on window; call it without typing window.
          const report: unknown = Reflect.get(window, "reportCspViolation");
          if (report instanceof Function) {
            Reflect.apply(report, window, [
              `${event.violatedDirective} blocked ${event.blockedURI}`,
            ]);
          }
        });
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  outsideRequests: [
    async ({ context, expectOutsideRequests }, use) => {
      const outside: string[] = [];
      await context.route(
        (url) => !isLocal(url.href),
        (route) => {
          outside.push(route.request().url());
          return route.abort("internetdisconnected");
        },
      );
      await use(outside);
      if (!expectOutsideRequests) {
        expect(outside, "requests that left the local host").toEqual([]);
      }
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves the shipped dataset with `edit` applied to its JSON, in place of the file on the server. */
export async function serveEdited(
  page: Page,
  edit: (json: { meetings: Record<string, unknown>[] }) => void,
) {
  await page.route("**/data/meetings.json", async (route) => {
    const response = await route.fetch();
    const dataset = validateDataset(await response.json());
    const json = {
      ...dataset,
      meetings: dataset.meetings.map((m): Record<string, unknown> => ({ ...m })),
    };
    edit(json);
    await route.fulfill({ response, json });
  });
}

/** Runs axe on the page as it is and fails with each violation's rule and targets. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/**
 * The service worker controls the page, and the app has registered it (the app does that a few
 * seconds after the page settles, and marks the page when done).
 */
export async function waitUntilOfflineReady(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-service-worker", "registered", {
    timeout: 15_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
