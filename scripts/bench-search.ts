/**
 * The search measurement of `npm run bench` (issue 21): from a key press in the search field to the
 * result count and list updated in the page, typing words letter by letter, in Debian's Chromium
 * with the 1,000-meeting dataset. Times in milliseconds.
 */
import { chromium } from "@playwright/test";

const WORDS = ["cybersecurity", "Hayashi", "Tokyo", "guidelines", "exercise", "Indonesia"];

/** One sample per letter typed (after a first search that builds the index, not counted). */
export async function searchLatency(
  url: string,
  chromiumPath: string,
  flags: string[],
): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    const field = page.getByRole("searchbox", { name: "Search the meetings" });
    await field.waitFor();
    await field.focus();
    await page.keyboard.type("warm");
    await page.getByText("“warm”").first().waitFor();
    const samples: number[] = [];
    for (const word of WORDS) {
      await field.fill("");
      for (let i = 0; i < word.length; i += 1) {
        const typed = word.slice(0, i + 1);
        // Set up before the key is pressed (awaited, so it is in place), read after: resolves
        // when the count names what was typed, that is when React has committed the results.
        await page.evaluate(`window.__shown = new Promise((resolve) => {
          const status = document.querySelector(".search__count");
          let pressed = 0;
          window.addEventListener("keydown", () => { pressed = performance.now(); }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (pressed > 0 && status.textContent.includes("“${typed}”")) {
              observer.disconnect();
              resolve(performance.now() - pressed);
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }); 0`);
        await page.keyboard.type(word[i] ?? "");
        samples.push(Number(await page.evaluate("window.__shown")));
      }
    }
    return samples;
  } finally {
    await browser.close();
  }
}
