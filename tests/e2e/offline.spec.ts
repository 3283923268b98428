import { expect, test } from "./fixtures";

test("walking the app makes no request beyond the local host", async ({
  page,
  outsideRequests,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^7th meeting/ })
    .click();
  await page.getByRole("link", { name: "Link to achievement 2" }).click();
  await page.getByRole("link", { name: /^Next: 8th meeting/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "8th policy meeting" })).toBeVisible();
  expect(requested.length).toBeGreaterThan(2);
  expect(requested.filter((url) => !url.startsWith("http://127.0.0.1:"))).toEqual([]);
  expect(outsideRequests).toEqual([]);
});
