import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(url);
await page.waitForTimeout(2000);
writeFileSync(out, await page.pdf({ format: "A4" }));
await browser.close();
