/**
 * The opening measurement of `npm run bench` (issue 21): from choosing a dataset file in the
 * "Open a dataset" dialog to the timeline showing it (read, checked, validated and drawn), with the
 * 1,000-meeting dataset, in Debian's Chromium. Times in milliseconds.
 */
import { chromium } from "@playwright/test";

const RUNS = 5;

/** One sample per run, each in a fresh page (nothing kept between runs). */
export async function openLatency(
  base: string,
  body: string,
  chromiumPath: string,
  flags: string[],
): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  const samples: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole("navigation", { name: "Timeline" }).waitFor();
      await page.getByRole("button", { name: "Open dataset…" }).click();
      const input = page.getByLabel("Choose a file");
      await input.waitFor({ state: "attached" });
      // Timed in the page: from the file input's change to the timeline counting the entries that
      // only the opened dataset has.
      await page.evaluate(`window.__shown = new Promise((resolve) => {
        let chosen = 0;
        document.addEventListener("change", () => { chosen = performance.now(); }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (chosen > 0 && document.querySelector(".timeline")?.textContent?.includes("1000 entries")) {
            observer.disconnect();
            resolve(performance.now() - chosen);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }); 0`);
      await input.setInputFiles({
        name: "large.json",
        mimeType: "application/json",
        buffer: Buffer.from(body),
      });
      samples.push(Number(await page.evaluate("window.__shown")));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}
