import { generateLargeDataset } from "../../scripts/large-dataset";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const large = JSON.stringify(generateLargeDataset(1000));

test.beforeEach(async ({ page }) => {
  await page.route("**/data/meetings.json", (route) =>
    route.fulfill({ body: large, contentType: "application/json" }),
  );
});

test("with 1,000 meetings the timeline, details, filters, map and deck stay correct", async ({
  page,
}) => {
  await page.goto("/meetings/500");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  // One year at a time: the 500th meeting's year, not a thousand links.
  await expect(
    timeline.getByRole("combobox", { name: "Year" }).locator("option:checked"),
  ).toHaveText("2018 — 53 entries");
  await expect(timeline.getByRole("link")).toHaveCount(53);
  await expect(
    page.getByRole("heading", { level: 2, name: "Synthetic meeting 500" }),
  ).toBeVisible();
  await expect(timeline.locator('[aria-current="page"]')).toHaveAccessibleName(/^500th meeting/);

  await page.getByRole("link", { name: /^Next: 501st meeting/ }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Synthetic meeting 501" }),
  ).toBeVisible();

  await timeline.locator('[aria-current="page"]').focus();
  await page.keyboard.press("End");
  await expect(timeline.getByRole("link").last()).toBeFocused();
  await expect(timeline.getByRole("link").last()).toHaveAccessibleName(/^1000th meeting/);
  await page.keyboard.press("PageUp");
  await expect(timeline.getByRole("link").first()).toBeFocused();
  await expect(timeline.getByRole("link").first()).toHaveAccessibleName(/ Jan 2027/);

  await timeline.getByRole("combobox", { name: "From" }).selectOption("2020");
  await timeline.getByRole("combobox", { name: "To" }).selectOption("2020");
  await expect(timeline.getByRole("status")).toHaveText(/^Showing 52 of 1000 entries\./);

  await expect(
    page
      .getByRole("region", { name: "Venues map" })
      .getByRole("button", { name: /meetings, selected$/ }),
  ).toHaveCount(1);
  await page.goto("/present/1");
  await expect(page.getByText("1 / 1503")).toBeVisible();
});

test("with 1,000 meetings the year control and folded venue lists are keyboard-operable and axe-clean", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  const year = timeline.getByRole("combobox", { name: "Year" });
  await expect(year.locator("option:checked")).toHaveText("2009 — 52 entries");
  await year.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(timeline.getByRole("button", { name: "Next year: 2010" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(year.locator("option:checked")).toHaveText("2010 — 52 entries");
  await expect(timeline.getByRole("link").first()).toHaveAccessibleName(/^53rd meeting/);

  // Every place holds more than 12 meetings here, so the venue list starts with no links at all.
  const venues = page.getByRole("list", { name: "Venues" });
  await expect(venues.locator("summary")).toHaveCount(5);
  await expect(venues.getByRole("link")).toHaveCount(0);
  await venues.locator("summary", { hasText: "holds the selected meeting" }).focus();
  await page.keyboard.press("Enter");
  await expect(venues.locator("a[aria-current=page]")).toHaveAccessibleName(/^7th meeting/);
  await expectNoAxeViolations(page);
});
