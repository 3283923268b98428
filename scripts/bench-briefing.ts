/**
 * The briefing measurements of `npm run bench` (issue 18): how long a key press in the speaker view
 * takes to move the audience's window, and how long adding or moving a slide takes in the composer
 * with a 1,000-meeting dataset. Both in Debian's Chromium; times in milliseconds.
 */
import { chromium, type Page } from "@playwright/test";

const PRESSES = 50;

/**
 * When (ms since the epoch, high resolution) the page shows `text` in `selector`; set up before the
 * action. Passed as a string: tsx would wrap a function's inner functions in a helper the page has not.
 */
function whenShown(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      const shown = document.querySelector(${JSON.stringify(selector)})?.textContent ?? "";
      if (shown.includes(${JSON.stringify(text)})) resolve(performance.timeOrigin + performance.now());
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Speaker view → audience window: from the key press in one to the new slide shown in the other. */
export async function speakerLatency(
  base: string,
  chromiumPath: string,
  flags: string[],
): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: "reduce",
  });
  const audience = await context.newPage();
  await audience.goto(`${base}/present/1`);
  await audience.locator(".presenter:focus").waitFor();
  const opened = context.waitForEvent("page");
  await audience.keyboard.press("s");
  const speaker = await opened;
  await speaker.locator(".speaker:focus").waitFor();
  await speaker.evaluate(() => {
    window.addEventListener(
      "keydown",
      () => {
        Reflect.set(window, "__pressedAt", performance.timeOrigin + performance.now());
      },
      { capture: true },
    );
  });
  const total = Number((await audience.locator(".presenter__progress").innerText()).split("/")[1]);
  const samples: number[] = [];
  let slide = 1;
  while (samples.length < PRESSES) {
    const next = slide === total ? 1 : slide + 1;
    const shown = whenShown(audience, ".presenter__progress", `${String(next)} / ${String(total)}`);
    await speaker.keyboard.press(slide === total ? "Home" : "PageDown");
    const at = await shown;
    const pressed = await speaker.evaluate(() => Number(Reflect.get(window, "__pressedAt")));
    samples.push(at - pressed);
    slide = next;
  }
  await browser.close();
  return samples;
}

/**
 * The composer with `body` as the dataset: from a click on "Add …" or "Move up" until the deck's list
 * shows the change. Alternates adding a slide and moving the last one up, `PRESSES` of each.
 */
export async function composeLatency(
  base: string,
  body: string,
  chromiumPath: string,
  flags: string[],
): Promise<{ add: number[]; move: number[] }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  await page.route("**/data/meetings.json", (route) =>
    route.fulfill({ body, contentType: "application/json" }),
  );
  await page.goto(`${base}/briefing`);
  await page.getByRole("button", { name: "Remove every slide" }).click();
  await page.getByText("No slides yet").waitFor();
  // The time of each click as the page saw it, so the measure starts at the click, not at the test.
  await page.evaluate(() => {
    document.addEventListener(
      "click",
      () => {
        Reflect.set(window, "__clickedAt", performance.timeOrigin + performance.now());
      },
      { capture: true },
    );
  });
  const clickedAt = () => page.evaluate(() => Number(Reflect.get(window, "__clickedAt")));
  const add: number[] = [];
  const move: number[] = [];
  for (let count = 0; count < PRESSES; count += 1) {
    const added = whenShown(page, ".briefing__yours h2", `(${String(count + 1)} slides)`);
    await page.getByRole("button", { name: "Add timeline of the series" }).click();
    add.push((await added) - (await clickedAt()));
    if (count === 0) continue;
    const moved = whenShown(page, ".briefing__status", `to place ${String(count)}.`);
    await page
      .getByRole("button", { name: /^Move up:/ })
      .last()
      .click();
    move.push((await moved) - (await clickedAt()));
  }
  await browser.close();
  return { add, move };
}
