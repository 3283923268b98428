import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "./fixtures";

const SINGLE_FILE = resolve("dist-single/index.html");

test("the one-file build works from disk with no request beyond the file itself", async ({
  page,
}) => {
  expect(existsSync(SINGLE_FILE), "run `npm run build:single` first").toBe(true);
  const address = pathToFileURL(SINGLE_FILE).href;
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));

  await page.goto(address);
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline).toBeVisible();

  await timeline.getByRole("link", { name: /^7th meeting/ }).click();
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    }),
  ).toBeVisible();
  // Hash addresses: the file stays the same, the view is after the "#".
  expect(page.url()).toBe(`${address}#/meetings/7`);

  await page.getByRole("link", { name: "Full-size map" }).click();
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();
  await expect(page.locator(".leaflet-container path").first()).toBeVisible();

  // A reload of a deep address comes back to the same view.
  await page.goto(`${address}#/meetings/7/achievements/2`);
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();

  expect(requested.filter((url) => url !== address && !url.startsWith(`${address}#`))).toEqual([]);
});

test("the one-file build opens and draws its map while the browser says it is offline", async ({
  page,
  context,
}) => {
  await context.setOffline(true);
  await page.goto(`${pathToFileURL(SINGLE_FILE).href}#/meetings/7`);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event, selected" }),
  ).toBeVisible();
});
