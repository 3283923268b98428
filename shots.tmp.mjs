import { chromium } from "@playwright/test";
const [base, out, spec] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
for (const [
  path,
  name,
  w,
  h,
  text = "M",
  forced = false,
  full = false,
  action = null,
] of JSON.parse(spec)) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.addInitScript((s) => localStorage.setItem("ajcpm.font-size", s), text);
  if (forced) await page.emulateMedia({ forcedColors: "active" });
  await page.goto(base + path);
  await page.waitForTimeout(1500);
  if (action) {
    await eval(action);
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await context.close();
}
await browser.close();
