import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function map(page: Page) {
  return page.getByRole("region", { name: "Venues map" });
}

async function waitForOutlines(page: Page) {
  // Leaflet gives off-screen paths d="M0 0"; drawn outlines have real geometry.
  await expect(page.locator('.leaflet-overlay-pane path:not([d="M0 0"])').first()).toBeAttached();
}

test("/meetings/2 shows Bangkok selected and in view on the map", async ({ page }) => {
  await page.goto("/meetings/2");
  const bangkok = map(page).getByRole("button", {
    name: "Bangkok — 2 policy meetings and 1 related event, selected",
  });
  await expect(bangkok).toBeVisible();
  const box = await bangkok.boundingBox();
  const mapBox = await page.locator(".leaflet-container").boundingBox();
  if (box === null || mapBox === null) throw new Error("marker or map not laid out");
  expect(box.x).toBeGreaterThan(mapBox.x);
  expect(box.x + box.width).toBeLessThan(mapBox.x + mapBox.width);
  expect(box.y).toBeGreaterThan(mapBox.y);
  expect(box.y + box.height).toBeLessThan(mapBox.y + mapBox.height);
});

test("selecting another meeting in the timeline moves the map's selection", async ({ page }) => {
  await page.goto("/meetings/2");
  await page
    .getByRole("navigation", { name: "Timeline" })
    .getByRole("link", { name: /^6th meeting/ })
    .click();
  await expect(
    map(page).getByRole("button", { name: "Manila — 1 policy meeting, selected" }),
  ).toBeInViewport();
  await expect(map(page).getByRole("button", { name: /selected$/ })).toHaveCount(1);
});

test("the Tokyo marker lists the meetings held in Tokyo and opens one", async ({ page }) => {
  await page.goto("/map");
  await map(page)
    .getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" })
    .click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup.getByRole("link")).toHaveText([
    "1st meeting, Feb 2009",
    "3rd meeting, 7–8 Mar 2011",
    "5th meeting, 10–11 Oct 2012",
    "ASEAN-Japan Ministerial Policy Meeting on Cybersecurity Cooperation, 12–13 Sep 2013",
    "7th meeting, 7–8 Oct 2014",
    "9th meeting, 20–21 Oct 2016",
  ]);
  // Focus and Enter rather than a pointer click: the popup pans the map into view as it opens, and
  // under load a click could land where the link was a frame earlier (one CI run missed it so).
  const seventh = popup.getByRole("link", { name: "7th meeting, 7–8 Oct 2014" });
  await seventh.focus();
  await expect(seventh).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/7$/);
  await expect(page.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
});

test("a marker works the same by keyboard and pointer: Enter or a click lists its meetings, Esc closes and returns", async ({
  page,
}) => {
  await page.goto("/map");
  const singapore = map(page).getByRole("button", { name: "Singapore — 2 policy meetings" });
  await singapore.focus();
  await page.keyboard.press("Enter");
  const popup = page.locator(".leaflet-popup");
  await expect(popup.getByRole("link")).toHaveCount(2);
  await expect(popup.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(singapore).toBeFocused();

  // A place with one meeting opens its list too, rather than leaving the map on a click.
  await map(page).getByRole("button", { name: "Manila — 1 policy meeting" }).click();
  await expect(popup.getByRole("link", { name: /^6th meeting/ })).toBeVisible();
  await expect(page).toHaveURL(/\/map$/);
});

for (const size of [
  { width: 360, height: 640, text: "L" },
  { width: 1280, height: 420, text: "L" },
  { width: 360, height: 640, text: "M" },
]) {
  test(`a marker's list is wholly inside the map at ${String(size.width)}×${String(size.height)}, text size ${size.text}`, async ({
    page,
  }) => {
    await page.addInitScript((text) => {
      window.localStorage.setItem("ajcpm.font-size", text);
    }, size.text);
    await page.setViewportSize(size);
    await page.goto("/map");
    await map(page)
      .getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" })
      .click();
    const popup = page.locator(".leaflet-popup");
    await expect(popup.getByRole("link")).toHaveCount(6);
    // The map pans to show the list (and a list taller than the map scrolls inside itself).
    await expect
      .poll(async () => {
        const [p, m] = await Promise.all([
          popup.boundingBox(),
          page.locator(".leaflet-container").boundingBox(),
        ]);
        if (p === null || m === null) return "not laid out";
        const inside =
          p.x >= m.x - 1 &&
          p.y >= m.y - 1 &&
          p.x + p.width <= m.x + m.width + 1 &&
          p.y + p.height <= m.y + m.height + 1;
        return inside ? "inside" : `popup ${JSON.stringify(p)} map ${JSON.stringify(m)}`;
      })
      .toBe("inside");
    // Every meeting can still be reached in it.
    const last = popup.getByRole("link", { name: /^9th meeting/ });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
  });
}

test("the venue list works by keyboard alone", async ({ page }) => {
  await page.goto("/map");
  const list = page.getByRole("list", { name: "Venues" });
  await expect(list).toBeVisible();
  await page.getByRole("checkbox", { name: /Show OpenStreetMap tiles/ }).focus();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i += 1) {
    await page.keyboard.press("Tab");
    reached = await list
      .getByRole("link", { name: "1st meeting" })
      .evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Tab");
  await expect(list.getByRole("link", { name: "3rd meeting" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/3$/);
});

test("meetings with no place are listed under the map, not on it", async ({ page }) => {
  await page.goto("/map");
  await expect(page.getByRole("list", { name: "Not on the map" }).getByRole("link")).toHaveText([
    "11th meeting",
    "13th meeting",
    "14th meeting",
    "15th meeting",
    "16th meeting",
  ]);
  await expect(map(page).getByRole("button", { name: /(meetings?|events?)$/ })).toHaveCount(6);
});

test("the 8th meeting appears at country level in Indonesia, labelled as such", async ({
  page,
}) => {
  await page.goto("/meetings/8");
  await expect(
    map(page).getByRole("button", {
      name: "Indonesia (country only) — 1 policy meeting, selected",
    }),
  ).toBeVisible();
});

test("with every outside request aborted the outlines and markers still draw", async ({
  page,
  outsideRequests,
}) => {
  await page.goto("/map");
  await waitForOutlines(page);
  // The outlines are added a few countries per task: wait for more than the first batch.
  await expect
    .poll(() => page.locator('.leaflet-overlay-pane path:not([d="M0 0"])').count())
    .toBeGreaterThan(10);
  await expect(map(page).getByRole("button", { name: /(meetings?|events?)$/ })).toHaveCount(6);
  await expect(map(page).getByText("Singapore", { exact: true })).toBeAttached();
  await expect(map(page).getByText("Brunei", { exact: true })).toBeAttached();
  expect(outsideRequests).toEqual([]);
});

/** Presses "Zoom in" until Leaflet disables it (the deepest zoom); returns how many presses that took. */
async function zoomInToTheEnd(page: Page): Promise<number> {
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let presses = 0; presses < 30; presses += 1) {
    if ((await zoomIn.getAttribute("aria-disabled")) === "true") return presses;
    await zoomIn.click();
  }
  throw new Error("Zoom in never stopped");
}

test("after a text size change the map fills its new box and keeps the selected place in the middle", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/meetings/2");
  const bangkok = map(page).getByRole("button", {
    name: "Bangkok — 2 policy meetings and 1 related event, selected",
  });
  await expect(bangkok).toBeVisible();
  await waitForOutlines(page);
  const container = page.locator(".leaflet-container");
  const offCentre = async () => {
    const [marker, box] = await Promise.all([bangkok.boundingBox(), container.boundingBox()]);
    if (marker === null || box === null) throw new Error("marker or map not laid out");
    return {
      x: marker.x + marker.width / 2 - (box.x + box.width / 2),
      y: marker.y + marker.height / 2 - (box.y + box.height / 2),
      width: box.width,
    };
  };
  const before = await offCentre();
  await page.getByRole("button", { name: "L (Large text)" }).click();
  // The box grows with the text; Leaflet must follow it, or its drawing stays the old size.
  await expect.poll(async () => (await offCentre()).width).toBeGreaterThan(before.width + 20);
  await expect.poll(async () => Math.abs((await offCentre()).x - before.x)).toBeLessThan(4);
  await expect.poll(async () => Math.abs((await offCentre()).y - before.y)).toBeLessThan(4);
  // Leaflet's own idea of its size (the panes' clip) matches the box.
  const sizes = await container.evaluate((element) => {
    const svg = element.querySelector(".leaflet-overlay-pane svg");
    return {
      box: element.clientWidth,
      drawn: svg === null ? 0 : svg.getBoundingClientRect().width,
    };
  });
  expect(sizes.drawn).toBeGreaterThanOrEqual(sizes.box);
});

test.describe("with the optional tile layer", () => {
  test.use({ expectOutsideRequests: true });

  test("switching tiles on allows nine more zoom levels and keeps the drawn outlines", async ({
    page,
  }) => {
    await page.goto("/map");
    await waitForOutlines(page);
    const withoutTiles = await zoomInToTheEnd(page);
    await page.reload();
    await waitForOutlines(page);
    const outline = page.locator(".outline--asean").first();
    await outline.evaluate((path) => {
      path.setAttribute("data-probe", "kept");
    });
    const fill = () => outline.evaluate((path) => getComputedStyle(path).fillOpacity);
    expect(await fill()).toBe("1");
    await page.getByRole("checkbox", { name: /Show OpenStreetMap tiles/ }).check();
    // The same outline, faded under the tiles, not drawn again.
    await expect.poll(fill).toBe("0.25");
    await expect(page.locator('.outline--asean[data-probe="kept"]')).toHaveCount(1);
    expect(await zoomInToTheEnd(page)).toBe(withoutTiles + 9);
  });

  test("tiles are asked for only when switched on, and the outlines stay when they fail", async ({
    page,
    outsideRequests,
  }) => {
    await page.goto("/map");
    await waitForOutlines(page);
    expect(outsideRequests).toEqual([]);
    await page.getByRole("checkbox", { name: /Show OpenStreetMap tiles/ }).check();
    await expect.poll(() => outsideRequests.length).toBeGreaterThan(0);
    expect(outsideRequests.every((url) => url.startsWith("https://tile.openstreetmap.org/"))).toBe(
      true,
    );
    await expect(page.getByRole("link", { name: "OpenStreetMap" })).toBeVisible();
    await waitForOutlines(page);
    await expect(map(page).getByRole("button", { name: /(meetings?|events?)$/ })).toHaveCount(6);
  });
});

test("axe finds no violations with the map on screen", async ({ page }) => {
  await page.goto("/meetings/7");
  await expect(map(page).getByRole("button", { name: /selected$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("axe finds no violations on the full-size map with a popup open", async ({ page }) => {
  await page.goto("/map");
  await map(page)
    .getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" })
    .click();
  // Once it has faded in: mid-fade its text is paler than it will be.
  await expect(page.locator(".leaflet-popup")).toHaveCSS("opacity", "1");
  await expectNoAxeViolations(page);
});
