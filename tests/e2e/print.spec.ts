import { expect, test } from "./fixtures";
import { pdfPages, squeeze } from "./pdf-text";

test("a meeting prints as its details on one or two pages, under the app's name", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/meetings/7");
  await expect(page.getByRole("button", { name: /selected$/ })).toBeVisible();
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  const all = squeeze(pages.join(""));
  expect(squeeze(pages[0] ?? "")).toContain(squeeze("Cybersecurity Policy Meetings"));
  expect(all).toContain(squeeze("Seventh ASEAN-Japan Cyber Security Policy Meeting"));
  expect(all).toContain(squeeze("http://www.meti.go.jp/english/press/2014/1008_01.html"));
  // Not the controls, the timeline or the map around it.
  expect(all).not.toContain("Presentfromhere");
  expect(all).not.toContain("Copylink");
  expect(all).not.toContain(squeeze("9th meeting"));
});

test("the overview prints with a top-level heading and the timeline as a list", async ({
  page,
}) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  const timeline = page.getByRole("navigation", { name: "Timeline" });
  await expect(timeline.getByRole("link", { name: /^17th meeting/ })).toBeVisible();
  await expect(timeline.getByRole("combobox", { name: "Host" })).toBeHidden();
});

test("the full map prints the whole region as a drawing, Japan and Tokyo included", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/map");
  await expect(
    page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
  ).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const drawing = page.getByRole("img", { name: "Map of the meeting venues" });
  await expect(drawing).toBeVisible();
  await expect(drawing).toContainText("Tokyo");
  // Every country is drawn at once (a print cannot wait for the outlines to arrive in batches).
  expect(await drawing.locator("path").count()).toBeGreaterThan(55);
  await expect(page.locator(".leaflet-container")).toBeHidden();
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  expect(squeeze(pages.join(""))).toContain("Tokyo");
});
