import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function timeline(page: Page) {
  return page.getByRole("navigation", { name: "Timeline" });
}

test("the timeline runs from the 1st to the 17th meeting with the related events in place", async ({
  page,
}) => {
  await page.goto("/");
  const links = timeline(page).getByRole("link");
  await expect(links).toHaveCount(19);
  await expect(links.last()).toHaveAccessibleName(/^17th meeting.*18 Oct 2024.*Singapore/);
  await expect(
    timeline(page).getByRole("link", { name: /^13th meeting.*20 Oct 2020.*Online/ }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole("link", {
      name: /^16th meeting.*Date not recorded.*Place not recorded.*Status not recorded/,
    }),
  ).toBeVisible();
});

test("filters round-trip through the address: set, reload, share", async ({ page, browser }) => {
  await page.goto("/");
  // The served page's controls answer once it has hydrated, which the map's markers show (decision 009).
  await expect(page.locator(".venue-marker").first()).toBeVisible();
  await timeline(page).getByRole("combobox", { name: "Host" }).selectOption({ label: "Japan" });
  await timeline(page).getByRole("combobox", { name: "From" }).selectOption("2012");
  await timeline(page).getByRole("combobox", { name: "To" }).selectOption("2016");
  await expect(page).toHaveURL(/\?host=JP&from=2012&to=2016$/);
  await expect(timeline(page).getByRole("link")).toHaveCount(4);
  await page.reload();
  await expect(timeline(page).getByRole("link")).toHaveCount(4);
  await expect(timeline(page).getByRole("combobox", { name: "Host" })).toHaveValue("JP");

  const shared = await browser.newPage();
  await shared.goto(page.url());
  await expect(timeline(shared).getByRole("link")).toHaveCount(4);
  await expect(timeline(shared).getByRole("status")).toHaveText(/Showing 4 of 19 entries\./);
  await shared.close();

  await timeline(page)
    .getByRole("link", { name: /^9th meeting/ })
    .click();
  await expect(page).toHaveURL(/\/meetings\/9\?host=JP&from=2012&to=2016$/);
  await expectNoAxeViolations(page);
});

test("a filter that matches nothing says so clearly", async ({ page }) => {
  await page.goto("/?host=SG&to=2012");
  await expect(timeline(page).getByText("No meetings match these filters.")).toBeVisible();
  await expectNoAxeViolations(page);
  await timeline(page).getByRole("button", { name: "Clear filters" }).click();
  await expect(timeline(page).getByRole("link")).toHaveCount(19);
});

test("a meeting no source describes shows 'not recorded' and its sources", async ({ page }) => {
  await page.goto("/meetings/11");
  await expect(page.getByRole("heading", { level: 2, name: "11th policy meeting" })).toBeVisible();
  const article = page.getByRole("article");
  await expect(article.getByText("Not recorded").first()).toBeVisible();
  await expect(article.getByText(/no usable source describes it/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Sources" }).getByText("Minor site (C)", { exact: true }),
  ).toBeVisible();
});

test("an online meeting is labelled Online and listed under the map", async ({ page }) => {
  await page.goto("/meetings/13");
  await expect(page.getByRole("article").getByText("None: held online")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Not on the map" }).getByRole("link", { name: "13th meeting" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByRole("region", { name: "Venues map" }).getByRole("button", { name: /selected$/ }),
  ).toHaveCount(0);
});

test("the hosting chart has a table alternative", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("img", { name: "Chart: host of each policy meeting by year" }),
  ).toBeVisible();
  await page.getByText("Show the chart as a table").click();
  const table = page.getByRole("table", { name: "Host of each policy meeting" });
  await expect(table.getByRole("row")).toHaveCount(18);
  await expect(table.getByRole("row", { name: /^8th meeting/ })).toContainText(
    "Indonesia (city not recorded)",
  );
  await expectNoAxeViolations(page);
});
