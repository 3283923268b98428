import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The app in Japanese (issue 20, decision 019): the same views under /ja, a switch on each view
// that keeps it, and dates and names as the Japanese sources write them.

const timeline = (page: Page) => page.getByRole("navigation", { name: "年表" });

test("the explorer in Japanese: the timeline, a meeting's details and the keyboard", async ({
  page,
}) => {
  await page.goto("/ja/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 2, name: "会議の概要" })).toBeVisible();
  await expect(timeline(page).getByRole("link").first()).toHaveAccessibleName(
    /^第1回会合.*2009年2月.*開催済み/,
  );
  await expect(
    timeline(page).getByRole("link", { name: /^第7回会合.*2014年10月7日～8日/ }),
  ).toBeVisible();
  // The map's markers are drawn by the hydrated app: from then on the keys reach the timeline.
  await expect(
    page.getByRole("region", { name: "開催地の地図" }).getByRole("button", { name: /^Tokyo — / }),
  ).toBeVisible();
  await timeline(page).getByRole("link").first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(timeline(page).getByRole("link", { name: /^第2回会合/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ja\/meetings\/2$/);
  const details = page.getByRole("article");
  await expect(details.getByText("開催日", { exact: true })).toBeVisible();
  await expect(details.getByText("2010年3月", { exact: true })).toBeVisible();
  // The title stays as its English source prints it, marked as English; the name at the time is
  // the Japanese source's.
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(
    "2nd ASEAN-Japan Information Security Policy Meeting",
  );
  await expect(details.getByRole("heading", { level: 2 }).locator("[lang=en]")).toHaveCount(1);
  await expect(details.getByText("第2回日・ASEAN情報セキュリティ政策会議")).toBeVisible();
  await page.getByRole("link", { name: "次へ：第3回会合" }).click();
  await expect(page).toHaveURL(/\/ja\/meetings\/3$/);
});

test("English-only source text on a Japanese page is marked as English and labelled", async ({
  page,
}) => {
  await page.goto("/ja/meetings/7");
  const summary = page.getByRole("region", { name: "概要" });
  await expect(summary.getByText("英語の資料のみ")).toBeVisible();
  await expect(summary.locator("[lang=en]")).toContainText("The participants followed up");
  // Names the Japanese sources give are in Japanese: co-chair countries, organisers.
  const coChairs = page.getByRole("region", { name: "共同議長" });
  await expect(coChairs.getByText("タイ", { exact: true })).toBeVisible();
  await page.goto("/ja/");
  await expect(page.getByText("日本側の主催機関")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^MIC/ })).toHaveText("MIC: 総務省");
});

test("the language switch keeps the view, its filter and the choice", async ({ page }) => {
  await page.goto("/meetings/7?host=JP");
  await page.getByRole("link", { name: /show this view in Japanese/ }).click();
  await expect(page).toHaveURL(/\/ja\/meetings\/7\?host=JP$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 2, name: /Seventh ASEAN-Japan/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "開催国" })).toHaveValue("JP");
  // The home page opens in the language last chosen; any other address in its own.
  await page.goto("/");
  await expect(page).toHaveURL(/\/ja\/$/);
  await page.goto("/map");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.getByRole("link", { name: /show this view in Japanese/ }).click();
  await expect(page).toHaveURL(/\/ja\/map$/);
  await expect(page.getByRole("heading", { level: 2, name: "開催地の地図" })).toBeVisible();
  await page.getByRole("link", { name: /Show this view in English/ }).click();
  await expect(page).toHaveURL(/\/map$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "The series at a glance" }),
  ).toBeVisible();
});

test("the map in Japanese: markers, their popups and the venue list, by keyboard", async ({
  page,
}) => {
  await page.goto("/ja/map");
  const map = page.getByRole("region", { name: "開催地の地図" });
  const tokyo = map.getByRole("button", { name: "Tokyo — 政策会議5回、関連行事1件" });
  await expect(tokyo).toBeVisible();
  await tokyo.focus();
  await page.keyboard.press("Enter");
  await expect(map.getByRole("link", { name: "第1回会合、2009年2月" })).toBeFocused();
  await expect(page.getByRole("list", { name: "地図の凡例" })).toContainText("ASEAN加盟国");
  await expect(page.getByRole("heading", { level: 3, name: "開催地" })).toBeVisible();
});

test("a date and a name render the same at build time (Node) and in Chromium", async ({
  page,
  request,
}) => {
  // The page as Node rendered it at build time, before any script runs…
  const built = await (await request.get("/ja/")).text();
  const nodeEntries = [...built.matchAll(/<li class="timeline__item[^"]*">(.*?)<\/li>/g)].map(
    (match) => (match[1] ?? "").replace(/<[^>]+>/g, "").replace(/<!-- -->/g, ""),
  );
  expect(nodeEntries.length).toBe(19);
  expect(nodeEntries.join("\n")).toContain("2014年10月7日～8日");
  // …and the same view rendered by Chromium from scratch (a filter in the address makes the
  // page render afresh rather than hydrate), with the filter then cleared.
  await page.goto("/ja/?from=2009");
  await page.getByRole("button", { name: "絞り込みを解除" }).click();
  await expect(page).toHaveURL(/\/ja\/?$/);
  const browserEntries = await timeline(page).getByRole("listitem").allTextContents();
  expect(browserEntries).toEqual(nodeEntries.map((entry) => decodeEntities(entry)));
});

/** The few entities React writes in text. */
function decodeEntities(text: string): string {
  return text
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'");
}

test("the deck in Japanese: a clicker's keys, Japanese dates and a switch that keeps the slide", async ({
  page,
}) => {
  await page.goto("/ja/present/1");
  const slide = page.getByRole("region", { name: /^49枚中\d+枚目のスライド$/ });
  await expect(slide.getByRole("heading", { level: 2 })).toHaveText(
    "日ASEANサイバーセキュリティ政策会議",
  );
  await expect(page.locator(".presenter")).toBeFocused();
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/ja\/present\/3$/);
  await expect(slide).toContainText("2009年2月");
  await expectNoAxeViolations(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "発表者画面のキーボード操作" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("link", { name: /Show this view in English/ }).click();
  await expect(page).toHaveURL(/\/present\/3$/);
  await expect(page.getByRole("region", { name: "Slide 3 of 49" })).toContainText("February 2009");
});

test("the handout in Japanese, with the series' Japanese name and English text marked", async ({
  page,
}) => {
  await page.goto("/ja/handout");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "日ASEANサイバーセキュリティ政策会議",
  );
  await expect(page.getByRole("button", { name: "配布資料を印刷" })).toBeVisible();
  await expect(
    page
      .getByRole("heading", { name: "Seventh ASEAN-Japan Cyber Security Policy Meeting" })
      .locator("[lang=en]"),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Show this view in English/ }).click();
  await expect(page).toHaveURL(/\/handout$/);
  await expect(page.getByRole("button", { name: "Print handout" })).toBeVisible();
});

test("each page downloads the words of its own language only", async ({ page }) => {
  for (const [path, own, other, marker] of [
    ["/ja/meetings/7", "ja", "en", "開催地の地図"],
    ["/meetings/7", "en", "ja", "Venues map"],
  ] as const) {
    const catalogs: string[] = [];
    const listener = (request: { url(): string }) => {
      const name = new URL(request.url()).pathname.split("/").pop() ?? "";
      if (/^(en|ja)-[\w-]+\.js$/.test(name)) catalogs.push(name.slice(0, 2));
    };
    page.on("request", listener);
    await page.goto(path);
    // The lazy parts (the map, the details' tools) have loaded their words by now.
    await expect(
      page.getByRole("region", { name: marker }).getByRole("button", { name: /^Tokyo — / }),
    ).toBeVisible();
    await page
      .getByRole("button", { name: own === "ja" ? "リンクをコピー" : "Copy link" })
      .waitFor();
    page.off("request", listener);
    expect(catalogs.filter((locale) => locale === own).length, path).toBeGreaterThan(3);
    expect(
      catalogs.filter((locale) => locale === other),
      path,
    ).toEqual([]);
  }
});
