import { expect, test } from "./fixtures";

test("by keyboard alone: / opens the search, the count is announced, Tab reaches a result, Enter opens it", async ({
  page,
}) => {
  await page.goto("/meetings/7");
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible();
  await page.keyboard.press("/");
  const field = page.getByRole("searchbox", { name: "Search the meetings" });
  await expect(field).toBeFocused();
  await page.keyboard.type("Mitrpant");
  const count = page.getByRole("region", { name: "Search" }).getByRole("status");
  await expect(count).toHaveText("1 result for “Mitrpant”.");
  await expect(page).toHaveURL(/\/search\?q=Mitrpant$/);
  await expect(page.locator("mark")).toHaveText(["Mitrpant"]);

  // The hint is described by the field, then the first result's link is the next stop.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "7th meeting" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/7$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible();

  // Back returns to the search as it was.
  await page.goBack();
  await expect(field).toHaveValue("Mitrpant");
  await expect(count).toHaveText("1 result for “Mitrpant”.");
});

test("an achievement found opens at its own address; marked words stay marked in forced colours", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/search?q=guidelines%20critical");
  const link = page.getByRole("link", { name: "Achievement 2 of the 7th meeting" });
  await expect(link).toBeVisible();
  const mark = page.locator("li", { has: link }).locator("mark").first();
  // An outline as well as a colour: the marking is not lost when the system picks the colours.
  expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  await link.click();
  await expect(page).toHaveURL(/\/meetings\/7\/achievements\/2$/);
});

test("/ typed in a text field is text, and / on the presenter does not leave the slides", async ({
  page,
}) => {
  await page.goto("/search");
  const field = page.getByRole("searchbox", { name: "Search the meetings" });
  await field.fill("");
  await field.press("/");
  await expect(field).toHaveValue("/");
  await page.goto("/present/3");
  await expect(page.locator(".presenter")).toBeFocused();
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/present\/3$/);
});
