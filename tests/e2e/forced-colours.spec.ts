import { expect, test } from "./fixtures";

// Windows high contrast: the browser replaces the page's colours with the system's.
test.use({ colorScheme: "light" });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
});

test("in forced colours the legend's swatches still match the map and differ from each other", async ({
  page,
}) => {
  await page.goto("/map");
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();
  const swatch = (kind: string) =>
    page.locator(`.map-legend__swatch--${kind}`).evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.backgroundColor} ${style.borderStyle}`;
    });
  const [asean, japan, neighbour] = await Promise.all([
    swatch("asean"),
    swatch("japan"),
    swatch("neighbour"),
  ]);
  expect(new Set([asean, japan, neighbour]).size).toBe(3);
  // The ASEAN swatch has the fill the map gives ASEAN member states.
  const mapFill = await page
    .locator(".outline--asean")
    .first()
    .evaluate((path) => getComputedStyle(path).fill);
  expect(asean.startsWith(mapFill)).toBe(true);
});

test("in forced colours the selected marker and the selected timeline entry stay marked", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  const marker = page.getByRole("button", {
    name: "Tokyo — 5 policy meetings and 1 related event, selected",
  });
  await expect(marker).toBeVisible();
  expect(await marker.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  const entry = page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^7th meeting/ });
  const other = page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^8th meeting/ });
  const frame = (link: typeof entry) =>
    link.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.borderTopWidth} ${style.borderTopColor}`;
    });
  expect(await frame(entry)).not.toBe(await frame(other));
});

test("in forced colours a blanked presenter screen is black", async ({ page }) => {
  await page.goto("/present/15");
  await expect(page.locator(".presenter")).toBeFocused();
  await page.keyboard.press("b");
  const blank = page.locator(".presenter__blank");
  await expect(blank).toBeVisible();
  expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    "rgb(0, 0, 0)",
  );
});
