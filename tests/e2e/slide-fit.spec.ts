import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { indexDataset } from "../../src/data/dataset-index";
import { keyFactsDeck } from "../../src/data/deck";
import { encodeDeck } from "../../src/data/deck-address";
import { validateDataset } from "../../src/data/validate-dataset";
import { expect, test } from "./fixtures";

/** Projectors and laptops briefers present from, 4:3 included. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
const TEXT_SIZES = ["S", "M", "L"] as const;
const THEMES = ["light", "dark"] as const;

const index = indexDataset(
  validateDataset(JSON.parse(readFileSync("public/data/meetings.json", "utf8"))),
);
const DECKS = [
  { name: "the default deck", first: "/present/1" },
  { name: "the Key facts deck", first: `/present/${encodeDeck(keyFactsDeck(index).refs)}/1` },
];

/** Whether the slide on screen shows all of itself: no box in it cut, no scrolling past the floor. */
function slideFaults(page: Page): Promise<string[]> {
  return page.locator(".presenter__slide").evaluate((slide) => {
    const faults: string[] = [];
    if (slide.classList.contains("presenter__slide--scrolls")) {
      faults.push("needs smaller type than the floor: it scrolls");
    }
    for (const box of [slide, ...slide.querySelectorAll<HTMLElement>("*")]) {
      const style = getComputedStyle(box);
      if (style.overflowY === "visible" && style.overflowX === "visible") continue;
      if (box.closest("svg") !== null) continue;
      if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
        faults.push(
          `${box.getAttribute("class") ?? box.tagName} cuts its content (${String(box.scrollHeight)} in ${String(box.clientHeight)})`,
        );
      }
    }
    const edge = slide.getBoundingClientRect();
    const bar = document.querySelector(".presenter__bar")?.getBoundingClientRect();
    if (bar !== undefined && edge.bottom > bar.top + 1) faults.push("runs under the control bar");
    return faults;
  });
}

for (const deck of DECKS) {
  for (const theme of THEMES) {
    for (const text of TEXT_SIZES) {
      test(`every slide of ${deck.name} fits at every projector size, text size ${text}, ${theme} theme`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ reducedMotion: "reduce" });
        await page.addInitScript(
          (choice) => {
            window.localStorage.setItem("ajcpm.font-size", choice.text);
            window.localStorage.setItem("ajcpm.presenter-theme", choice.theme);
          },
          { text, theme },
        );
        const faults: string[] = [];
        for (const screen of SCREENS) {
          await page.setViewportSize(screen);
          await page.goto(deck.first);
          await expect(page.locator(".presenter")).toBeFocused();
          const total = Number(
            (await page.locator(".presenter__progress").innerText()).split("/")[1],
          );
          for (let n = 1; n <= total; n += 1) {
            await expect(page.locator(".presenter__progress")).toContainText(
              `${String(n)} / ${String(total)}`,
            );
            for (const fault of await slideFaults(page)) {
              faults.push(
                `${String(screen.width)}×${String(screen.height)} slide ${String(n)}: ${fault}`,
              );
            }
            await page.keyboard.press("PageDown");
          }
        }
        expect(faults).toEqual([]);
      });
    }
  }
}
