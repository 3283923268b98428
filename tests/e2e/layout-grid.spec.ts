import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, serveEdited, test } from "./fixtures";
import { layoutFaults } from "./layout-checks";

/** The screens briefers have: a projector or large monitor, laptops, a 4:3 projector, a phone. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;
const TEXT_SIZES = ["S", "M", "L"] as const;
const COLOURS = ["light", "forced"] as const;

/** Each view, and what shows that it is ready to be looked at. */
const VIEWS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: "overview",
    path: "/",
    ready: (page) =>
      expect(page.getByRole("img", { name: /host of each policy meeting/ })).toBeVisible(),
  },
  {
    name: "a meeting",
    path: "/meetings/7",
    ready: (page) =>
      expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible(),
  },
  {
    name: "a meeting with a long neighbour",
    path: "/meetings/12",
    ready: (page) => expect(page.getByRole("heading", { level: 2, name: /12th/ })).toBeVisible(),
  },
  {
    name: "an achievement",
    path: "/meetings/7/achievements/2",
    ready: (page) =>
      expect(page.getByRole("heading", { level: 2, name: /^Seventh/ })).toBeVisible(),
  },
  {
    name: "the full-size map",
    path: "/map",
    ready: (page) =>
      expect(
        page.getByRole("button", { name: "Tokyo — 5 policy meetings and 1 related event" }),
      ).toBeVisible(),
  },
  ...[1, 2, 15, 16, 49].map((n) => ({
    name: `slide ${String(n)}`,
    path: `/present/${String(n)}`,
    ready: (page: Page) => expect(page.locator(".presenter")).toBeFocused(),
  })),
  {
    name: "search results",
    path: "/search?q=cyber",
    ready: (page) => expect(page.getByText(/^\d+ results for “cyber”/)).toBeVisible(),
  },
  {
    name: "the handout",
    path: "/handout",
    ready: (page) =>
      expect(page.getByRole("img", { name: "Map of the meeting venues" })).toBeVisible(),
  },
];

for (const view of VIEWS) {
  for (const textSize of TEXT_SIZES) {
    for (const colours of COLOURS) {
      test(`${view.name} at every screen size, text size ${textSize}, ${colours} colours`, async ({
        page,
      }) => {
        await page.addInitScript((size) => {
          window.localStorage.setItem("ajcpm.font-size", size);
        }, textSize);
        if (colours === "forced") await page.emulateMedia({ forcedColors: "active" });
        await page.setViewportSize(SIZES[0]);
        await page.goto(view.path);
        await view.ready(page);
        // Each size is checked once the page has settled there (the map refits and its names
        // make room after a resize); every size is reported, not only the first that fails.
        const softly = expect.configure({ soft: true });
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await softly
            .poll(() => layoutFaults(page), {
              message: `${String(size.width)}×${String(size.height)}`,
              timeout: 5_000,
            })
            .toEqual([]);
        }
        await expectNoAxeViolations(page);
      });
    }
  }
}

test("an 80-character word in a title and a long organisation name wrap instead of widening any view", async ({
  page,
}) => {
  const token = "Cybersecurity".repeat(6).slice(0, 80);
  await serveEdited(page, (json) => {
    const seventh = json.meetings.find((meeting) => meeting.id === "7");
    if (seventh === undefined) throw new Error("no 7th meeting");
    seventh.title = `Seventh ${token} meeting`;
    seventh.hosts = [`The ${token}Agency for Everything, Cabinet Secretariat`];
  });
  const softly = expect.configure({ soft: true });
  for (const path of ["/meetings/7", "/present/15", "/handout"]) {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 320, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(path);
      await expect(page.getByText(token).first()).toBeVisible();
      await softly
        .poll(() => layoutFaults(page), {
          message: `${path} at ${String(size.width)}`,
          timeout: 5_000,
        })
        .toEqual([]);
    }
  }
});
