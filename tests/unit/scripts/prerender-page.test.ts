import { describe, expect, test } from "vitest";
import { basePath } from "../../../scripts/base-path";
import { fileForPath, pageHtml, stylesheetsOf } from "../../../scripts/prerender";

const TEMPLATE = `<!doctype html><html><head><title>App</title><link rel="stylesheet" crossorigin href="/assets/index-1.css"></head><body><div id="root"></div></body></html>`;

describe("pages written by the prerender script", () => {
  test("the view's title replaces the page's default, and its markup fills the root", () => {
    const page = pageHtml(
      TEMPLATE,
      "<title>7th meeting — App</title><main>Seventh</main>",
      'data-prerendered="/meetings/7"',
      ["assets/map-panel-2.css"],
    );
    expect(page).toContain("<head><title>7th meeting — App</title>");
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page).toContain(
      '<div id="root" data-prerendered="/meetings/7"><main>Seventh</main></div>',
    );
    expect(page).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/map-panel-2.css"></head>',
    );
  });

  test("a stylesheet the page already links is not linked twice", () => {
    const page = pageHtml(TEMPLATE, "<p>x</p>", "", ["assets/index-1.css"]);
    expect(page.match(/index-1\.css/g)).toHaveLength(1);
  });

  test("markup that looks like a replacement pattern is written as it is", () => {
    const page = pageHtml(TEMPLATE, "<p>costs $& and $1</p>", "", []);
    expect(page).toContain("<p>costs $& and $1</p>");
  });

  test("stylesheets come from a lazy module's chunk and the chunks it imports", () => {
    const manifest = {
      "src/app/map-route.tsx": { file: "a.js", css: ["a.css"], imports: ["_shared.js"] },
      "_shared.js": { file: "s.js", css: ["s.css"], imports: ["src/app/map-route.tsx"] },
    };
    expect(stylesheetsOf(manifest, "src/app/map-route.tsx")).toEqual(["a.css", "s.css"]);
    expect(() => stylesheetsOf(manifest, "src/missing.tsx")).toThrow(/no src\/missing\.tsx/);
  });

  test("each address has the file a static server answers it from", () => {
    expect(fileForPath("/")).toBe("index.html");
    expect(fileForPath("/meetings/7")).toBe("meetings/7.html");
    expect(fileForPath("/meetings/7/achievements/2")).toBe("meetings/7/achievements/2.html");
  });
});

test("under a base path the page links its stylesheets there", () => {
  const template = TEMPLATE.replace("/assets/index-1.css", "/ajcpm/assets/index-1.css");
  const page = pageHtml(
    template,
    "<p>x</p>",
    "",
    ["assets/index-1.css", "assets/map-2.css"],
    "/ajcpm/",
  );
  expect(page.match(/index-1\.css/g)).toHaveLength(1);
  expect(page).toContain('<link rel="stylesheet" crossorigin href="/ajcpm/assets/map-2.css">');
});

test("a base path is read as a path with a slash at each end, and anything else is refused", () => {
  expect(basePath(undefined)).toBe("/");
  expect(basePath("/")).toBe("/");
  expect(basePath("ajcpm")).toBe("/ajcpm/");
  expect(basePath("/intranet/ajcpm")).toBe("/intranet/ajcpm/");
  expect(() => basePath("https://example.org/")).toThrow(/BASE_PATH must be a path/);
  expect(() => basePath("/a b/")).toThrow(/BASE_PATH must be a path/);
});
