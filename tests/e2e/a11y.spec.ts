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
  // The same views in Japanese (decision 019).
  { name: "Japanese home", path: "/ja/", ready: /会議の概要/ },
  { name: "Japanese 7th meeting", path: "/ja/meetings/7", ready: /Seventh ASEAN-Japan/ },
  { name: "Japanese achievement", path: "/ja/meetings/7/achievements/2", ready: /Seventh/ },
  { name: "Japanese meeting not found", path: "/ja/meetings/99", ready: /会合が見つかりません/ },
  { name: "Japanese map", path: "/ja/map", ready: /開催地の地図/ },
  { name: "Japanese search results", path: "/ja/search?q=Hayashi", ready: /^検索$/ },
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
