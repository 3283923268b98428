import { expect, expectNoAxeViolations, test } from "./fixtures";

const views = [
  { name: "home", path: "/", ready: /The series at a glance/ },
  { name: "7th meeting", path: "/meetings/7", ready: /Seventh ASEAN-Japan/ },
  { name: "achievement", path: "/meetings/7/achievements/2", ready: /Seventh ASEAN-Japan/ },
  {
    name: "related event",
    path: "/meetings/ministerial-2013",
    ready: /Ministerial Policy Meeting/,
  },
  { name: "not-recorded meeting", path: "/meetings/16", ready: /16th policy meeting/ },
  { name: "meeting not found", path: "/meetings/99", ready: /Meeting not found/ },
  { name: "404", path: "/nowhere", ready: /Page not found/ },
  { name: "search results", path: "/search?q=Hayashi", ready: /^Search$/ },
];

for (const view of views) {
  test(`axe finds no violations on the ${view.name} view`, async ({ page }) => {
    await page.goto(view.path);
    await expect(page.getByRole("heading", { level: 2, name: view.ready })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("axe finds no violations on the dataset error view", async ({ page }) => {
  await page.route("**/data/meetings.json", (route) => route.fulfill({ json: { version: 1 } }));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "The dataset has problems" })).toBeVisible();
  await expectNoAxeViolations(page);
});
