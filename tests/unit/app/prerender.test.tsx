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
  });
});
