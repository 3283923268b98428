import { generateLargeDataset } from "../../scripts/large-dataset";
import { expect, test } from "./fixtures";

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
  await expect(timeline.getByRole("link")).toHaveCount(1000);
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
