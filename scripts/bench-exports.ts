/**
 * The export measurements of `npm run bench` (issue 19): how long the served app takes to build
 * the deck as a PowerPoint file, from the click on "Download slides (PowerPoint)" to the file
 * offered, and how large the file is. In Debian's Chromium; times in milliseconds, sizes in bytes.
 */
import { chromium } from "@playwright/test";
import JSZip from "jszip";
import { readFileSync } from "node:fs";

const RUNS = 3;

/**
 * Opens `url` (a view with the slides export) and downloads the deck `RUNS` times in one page: the
 * first includes fetching the exporter's code, the others do not. Returns each run's time and the
 * file's size.
 */
export async function pptxExport(
  url: string,
  chromiumPath: string,
  flags: string[],
): Promise<{ ms: number[]; bytes: number; slides: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    });
    await page.goto(url);
    const button = page.getByRole("button", { name: "Download slides (PowerPoint)" });
    await button.waitFor();
    const ms: number[] = [];
    let file = Buffer.alloc(0);
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 300_000 }),
        button.click(),
      ]);
      const path = await download.path();
      ms.push(performance.now() - started);
      file = readFileSync(path);
      // The button takes clicks again once the status says the file was made.
      await page
        .getByRole("status")
        .filter({ hasText: /Downloaded .*\.pptx/ })
        .first()
        .waitFor();
    }
    const zip = await JSZip.loadAsync(file);
    const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
    return { ms, bytes: file.length, slides };
  } finally {
    await browser.close();
  }
}
