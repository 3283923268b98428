import { expect, serveEdited, test } from "./fixtures";

test("a dataset with a missing field shows the problem by path, not a blank page", async ({
  page,
}) => {
  await serveEdited(page, (json) => {
    delete json.meetings[3]?.sources;
    const first = json.meetings[0];
    if (first !== undefined) first.date = "February 2009";
  });
  await page.goto("/meetings/7");
  await expect(page.getByRole("heading", { name: "The dataset has problems" })).toBeVisible();
  await expect(page.getByText("meetings[3].sources", { exact: true })).toBeVisible();
  await expect(page.getByText("meetings[0].date", { exact: true })).toBeVisible();
});

test("a dangling venue reference is reported, not a crash", async ({ page }) => {
  await serveEdited(page, (json) => {
    const first = json.meetings[0];
    if (first !== undefined) first.location = { mode: "in-person", venueId: "atlantis" };
  });
  await page.goto("/");
  await expect(page.getByText("meetings[0].location.venueId", { exact: true })).toBeVisible();
  await expect(page.getByText(/no venue has the id "atlantis"/)).toBeVisible();
});

test("a failed load shows a retry button that recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/data/meetings.json", (route) =>
    fail ? route.fulfill({ status: 503, body: "unavailable" }) : route.fallback(),
  );
  await page.goto("/meetings/7");
  await expect(
    page.getByRole("heading", { name: "The meetings could not be loaded" }),
  ).toBeVisible();
  await expect(page.getByText(/answered 503/)).toBeVisible();
  fail = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Seventh ASEAN-Japan/ })).toBeVisible();
});
