import { BASE_PATH, BASE_PATH_PORT } from "../../playwright.config";
import { expect, test } from "./fixtures";

// The app built with BASE_PATH=/ajcpm/ (npm run build:base-path), as on a ministry intranet.
const ORIGIN = `http://127.0.0.1:${BASE_PATH_PORT}`;
test.use({ baseURL: `${ORIGIN}${BASE_PATH}` });

test("under a base path every view opens, links stay under it, and nothing is asked for outside it", async ({
  page,
}) => {
  // A page that failed to hydrate (a link or address without the base) says so in the console.
  const consoleProblems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      consoleProblems.push(message.text());
  });
  const outsideBase: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === ORIGIN && !url.pathname.startsWith(BASE_PATH))
      outsideBase.push(url.pathname);
  });
  await page.goto("meetings/7");
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    }),
  ).toBeVisible();
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline.getByRole("link", { name: /^8th meeting/ })).toHaveAttribute(
    "href",
    "/ajcpm/meetings/8",
  );
  await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
    "href",
    "/ajcpm/data/meetings.json",
  );
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    "/ajcpm/manifest.webmanifest",
  );

  await timeline.getByRole("link", { name: /^8th meeting/ }).click();
  await expect(page).toHaveURL(`${ORIGIN}/ajcpm/meetings/8`);
  await expect(page.getByRole("heading", { level: 2, name: "8th policy meeting" })).toBeVisible();
  // The map loads its basemap and draws the venue.
  await expect(
    page.getByRole("button", { name: "Indonesia (country only) — 1 policy meeting, selected" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "Full-size map" }).click();
  await expect(page).toHaveURL(`${ORIGIN}/ajcpm/map`);
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();

  await page.goto("present/15");
  await expect(page.getByText("15 / 49")).toBeVisible();
  // The presenter takes the keyboard (and focus) once the page has hydrated.
  await expect(page.locator(".presenter")).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(`${ORIGIN}/ajcpm/present/16`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/ajcpm\/meetings\/7$/);

  await page.goto("handout");
  await expect(page.getByRole("img", { name: "Map of the meeting venues" })).toBeVisible();

  await page.goto("no/such/page");
  await expect(page.getByRole("heading", { name: "Page not found (404)" })).toBeVisible();
  await expect(page.getByText("/no/such/page")).toBeVisible();

  expect(outsideBase).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test("the web app manifest installs the app at its base path", async ({ request }) => {
  const manifest: unknown = await (await request.get("manifest.webmanifest")).json();
  const field = (name: string) =>
    new URL(
      String(Reflect.get(Object(manifest), name)),
      `${ORIGIN}${BASE_PATH}manifest.webmanifest`,
    ).pathname;
  expect(field("start_url")).toBe("/ajcpm/");
  expect(field("scope")).toBe("/ajcpm/");
});
