import { describe, expect, test } from "vitest";
import { buildTimeViews, viewMarkup } from "../../../src/app/prerender";
import { realDataset } from "../helpers/real-dataset";

describe("views rendered at build time", () => {
  test("the 7th meeting's page holds its details, the timeline and the venue list, as plain markup", async () => {
    const markup = await viewMarkup("/meetings/7", realDataset);
    expect(markup).toMatch(
      /<h2 id="details-title" class="details__title"[^>]*>Seventh ASEAN-Japan Cyber Security Policy Meeting<\/h2>/,
    );
    expect(markup).toContain("discussed the specific future approach");
    expect(markup.match(/<li class="timeline__item/g)?.length).toBe(19);
    expect(markup).toContain("Tokyo, Japan");
    // Leaflet waits for the browser; the page says so instead of holding an empty box.
    expect(markup).toContain("The map loads when it comes into view.");
    // The CSP allows no inline script or style attribute.
    expect(markup).not.toMatch(/<script|style="/);
  });

  test("a slide renders with its counter and without the map's code", async () => {
    const markup = await viewMarkup("/present/15", realDataset);
    expect(markup).toContain("15<!-- --> / <!-- -->49");
    expect(markup).toContain("Loading the map…");
    expect(markup).not.toMatch(/<script|style="/);
  });

  test("every meeting, achievement and slide gets a page, each with its own stylesheets", () => {
    const views = buildTimeViews(realDataset);
    const paths = views.map((v) => v.path);
    expect(paths).toContain("/");
    expect(paths).toContain("/map");
    expect(paths).toContain("/meetings/ministerial-2013");
    expect(paths).toContain("/meetings/7/achievements/4");
    expect(paths).toContain("/present/49");
    expect(paths).not.toContain("/present/50");
    expect(new Set(paths).size).toBe(paths.length);
    expect(views.find((v) => v.path === "/present/1")?.lazyModules).toEqual([
      "src/app/present-route.tsx",
    ]);
    // Each view once more in Japanese, under /ja (decision 019).
    expect(paths).toContain("/ja/");
    expect(paths).toContain("/ja/meetings/7/achievements/4");
    expect(paths).toContain("/ja/present/49");
    expect(paths.filter((p) => p.startsWith("/ja/")).length).toBe(paths.length / 2);
  });

  test("a Japanese view is rendered in Japanese, with links that stay in Japanese", async () => {
    const markup = await viewMarkup("/ja/meetings/7", realDataset);
    expect(markup).toContain("年表");
    expect(markup).toContain("2014年10月7日～8日");
    expect(markup).toContain("第7回会合");
    expect(markup).toContain('href="/ja/meetings/8"');
    expect(markup).toContain(`href="/meetings/7" hrefLang="en"`);
    // The next view rendered in English is English again: the locale is per view, not per process.
    expect(await viewMarkup("/meetings/7", realDataset)).toContain("7–8 Oct 2014");
  });
});
