import type { Page } from "@playwright/test";
import { SyntaxValidator } from "fast-xml-validator";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { indexDataset } from "../../src/data/dataset-index";
import { defaultDeck, recordedFacts, resolveDeck } from "../../src/data/deck";
import { encodeDeck, readCover, slideToken } from "../../src/data/deck-address";
import { filterMeetings, parseFilter } from "../../src/data/meeting-filter";
import { shortLabel } from "../../src/data/meeting-labels";
import { slideContent } from "../../src/data/slide-content";
import { validateDataset } from "../../src/data/validate-dataset";
import { expect, test } from "./fixtures";
import { officeToPdf, pdfPageSize, pdfPixel, pdftotextPages } from "./office-files";
import { squeeze } from "./pdf-text";
import { englishText } from "../../src/data/localized-text";
import { catalogsReady } from "../../src/data/i18n/catalogs";

// The slides' words load as their modules start; the expected contents below are built from them.
await catalogsReady();

const shipped = validateDataset(
  JSON.parse(readFileSync(resolve("public/data/meetings.json"), "utf8")),
);
const index = indexDataset(shipped);
const slides = resolveDeck(index, defaultDeck(index, { achievements: true })).slides;
const contents = slides.map((slide) =>
  slideContent(index, slide, readCover(new URLSearchParams())),
);
const SEVENTH = slides.findIndex((slide) => slide.kind === "meeting" && slide.meeting.id === "7");
const NOTE = "Open with the Tokyo venue, then the four achievements.";

const work = mkdtempSync(join(tmpdir(), "exports-"));

/** The briefer's note on the 7th meeting's slide of the default deck, kept as the app keeps it. */
async function writeNote(page: Page) {
  const token = slideToken({ kind: "meeting", id: "7" });
  await page.addInitScript(
    ([key, value]) => {
      window.localStorage.setItem(key, value);
    },
    ["ajcpm.notes.default", JSON.stringify({ [token]: NOTE })] as const,
  );
}

/** Presses a button on the handout and keeps the file the browser saves, as `name` in a scratch folder. */
async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(work, name);
  await file.saveAs(path);
  return path;
}

test.describe("PowerPoint", () => {
  // LibreOffice takes a while to start and lay out ~50 slides.
  test.setTimeout(180_000);

  test("the deck downloads as a .pptx that opens in LibreOffice with each slide's words in order and the notes", async ({
    page,
  }) => {
    await writeNote(page);
    await page.goto("/handout");
    const file = await download(page, "Download slides (PowerPoint)", "deck.pptx");
    await expect(
      page.getByRole("status").filter({ hasText: /Downloaded .*\.pptx \(\d+ KB\)/ }),
    ).toBeVisible();

    // Every XML part is well-formed, and the package lists one slide part per slide: what
    // PowerPoint checks before it offers to repair a file.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    for (const name of parts) {
      const xml = await zip.file(name)?.async("string");
      expect(() => SyntaxValidator.validate(xml ?? ""), name).not.toThrow();
    }
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const slideParts = parts.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideParts).toHaveLength(slides.length);
    for (const name of slideParts) expect(types).toContain(`/${name}"`);

    // The speaker notes sit in PowerPoint's notes of the 7th meeting's slide.
    const notes = await zip
      .file(`ppt/notesSlides/notesSlide${String(SEVENTH + 1)}.xml`)
      ?.async("string");
    expect(notes).toContain(NOTE);

    // LibreOffice opens it: one page per slide, each with its kicker, title and facts, in order.
    const pdf = join(work, "deck-from-pptx.pdf");
    writeFileSync(pdf, officeToPdf(file));
    const pages = pdftotextPages(pdf).map(squeeze);
    expect(pages).toHaveLength(slides.length);
    contents.forEach((content, i) => {
      expect(pages[i], `slide ${String(i + 1)}`).toContain(squeeze(content.title));
    });
    const seventh = pages[SEVENTH] ?? "";
    let at = seventh.indexOf(squeeze(contents[SEVENTH]?.title ?? "?"));
    for (const fact of contents[SEVENTH]?.facts ?? []) {
      const next = seventh.indexOf(squeeze(`${fact.label}: ${fact.values.join("; ")}`), at);
      expect(next, `${fact.label} after what comes before it`).toBeGreaterThan(at);
      at = next;
    }
  });
});

test.describe("PDF slides", () => {
  test("every slide prints on its own landscape page as on screen, without controls", async ({
    page,
  }) => {
    await page.goto("/present/all");
    await expect(page.getByRole("heading", { name: "Slides as PDF" })).toBeVisible();
    await expect(
      page.getByText(
        `${String(slides.length)} slides, one to a landscape page, in the light theme`,
      ),
    ).toBeVisible();
    await expect(page.getByText("Loading the map…")).toHaveCount(0);
    const file = join(work, "slides-light.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdftotextPages(file).map(squeeze);
    expect(pages).toHaveLength(slides.length);
    contents.forEach((content, i) => {
      expect(pages[i], `page ${String(i + 1)}`).toContain(squeeze(content.title));
    });
    expect(pages.join("")).not.toContain("Printorsave");
    expect(pages.join("")).not.toContain("Nextslide");
    const { width, height } = pdfPageSize(file);
    expect(width / height).toBeCloseTo(297 / 167, 1);
    // The light theme: a white slide.
    expect(Math.min(...pdfPixel(file, 3, 0.02, 0.5))).toBeGreaterThan(220);
  });

  test("in the dark theme the pages are dark, and speaker notes can go below each slide", async ({
    page,
  }) => {
    await writeNote(page);
    await page.addInitScript(() => {
      window.localStorage.setItem("ajcpm.presenter-theme", "dark");
    });
    await page.goto("/present/all?notes=on");
    await expect(
      page.getByText(
        /slides, one to a landscape page, in the dark theme, each with its speaker notes/,
      ),
    ).toBeVisible();
    await expect(page.getByText("Loading the map…")).toHaveCount(0);
    const file = join(work, "slides-dark.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdftotextPages(file).map(squeeze);
    expect(pages).toHaveLength(slides.length);
    expect(pages[SEVENTH]).toContain(squeeze(contents[SEVENTH]?.title ?? "?"));
    expect(pages[SEVENTH]).toContain(squeeze(`Notes: ${NOTE}`));
    expect(pages[0]).toContain("Notes:none");
    expect(Math.max(...pdfPixel(file, 3, 0.5, 0.05))).toBeLessThan(60);
  });

  test("Japanese on a briefer's slide prints in a Japanese face, not a Chinese one", async ({
    page,
  }) => {
    const deck = encodeDeck([
      { kind: "text", title: "日・ASEAN情報セキュリティ政策会議", body: "第7回の成果を述べる" },
    ]);
    await page.goto(`/present/${deck}/all`);
    await expect(page.getByText("1 slide, one to a landscape page")).toBeVisible();
    // As on a laptop whose default face for Han characters is Chinese: the app's own font list
    // must still choose the Japanese face.
    await page.evaluate(() => {
      document.documentElement.lang = "zh-CN";
    });
    const file = join(work, "slides-japanese.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(squeeze(pdftotextPages(file)[0] ?? "")).toContain(squeeze("第7回の成果を述べる"));
    // Chromium writes CJK faces into a PDF as unnamed Type 3 fonts, so the face is read where
    // the page is laid out: the platform fonts Chromium drew the slide's text with.
    const client = await page.context().newCDPSession(page);
    await client.send("DOM.enable");
    await client.send("CSS.enable");
    const { root } = await client.send("DOM.getDocument");
    const families: string[] = [];
    for (const selector of [".slide__title", ".slide__points li"]) {
      const { nodeId } = await client.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await client.send("CSS.getPlatformFontsForNode", { nodeId });
      families.push(...fonts.map((font) => font.familyName));
    }
    expect(families).toContain("Noto Sans CJK JP");
    expect(families.filter((family) => /CJK (SC|TC|KR|HK)/.test(family))).toEqual([]);
  });

  test("a slide printed from the presenter is that slide alone on one landscape page", async ({
    page,
  }) => {
    await page.goto(`/present/${String(SEVENTH + 1)}`);
    await expect(page.locator(".presenter")).toBeFocused();
    const file = join(work, "one-slide.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdftotextPages(file).map(squeeze);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(squeeze(contents[SEVENTH]?.title ?? "?"));
    expect(pages[0]).not.toContain("Copylink");
    const { width, height } = pdfPageSize(file);
    expect(width).toBeGreaterThan(height);
  });
});

test.describe("the handout's choices", () => {
  test("the filter on screen decides the handout, the CSV and the JSON; 'whole dataset' gives them all", async ({
    page,
  }) => {
    const { meetings: japan } = filterMeetings(
      index,
      parseFilter(new URLSearchParams("host=JP"), index).filter,
    );
    await page.goto("/handout?host=JP");
    await expect(
      page.getByRole("radio", { name: "The timeline's filter: host Japan" }),
    ).toBeChecked();
    await expect(
      page.getByText(`${String(japan.length)} records: the timeline filtered to host Japan.`),
    ).toBeVisible();

    const csv = readFileSync(await download(page, "Download meetings (CSV)", "japan.csv"), "utf8");
    expect(csv.trimEnd().split("\r\n")).toHaveLength(japan.length + 1);
    const json = validateDataset(
      JSON.parse(
        readFileSync(await download(page, "Download dataset (JSON)", "japan.json"), "utf8"),
      ),
    );
    expect(json.meetings.map((meeting) => meeting.id)).toEqual(japan.map((meeting) => meeting.id));

    await page.getByRole("radio", { name: /The whole dataset/ }).check();
    const all = readFileSync(await download(page, "Download meetings (CSV)", "all.csv"), "utf8");
    expect(all.trimEnd().split("\r\n")).toHaveLength(shipped.meetings.length + 1);
    await expect(
      page.getByRole("status").filter({ hasText: `${String(shipped.meetings.length)} meetings` }),
    ).toBeVisible();
  });

  test("pages that would say only 'Not recorded' can be left out, and the cover names them", async ({
    page,
  }) => {
    await page.goto("/handout");
    const meetingPages = page.locator(".handout-meeting");
    await expect(meetingPages).toHaveCount(shipped.meetings.length);
    const before = shipped.meetings.length;
    // The page is prerendered: a click before it has hydrated is undone by hydration, so the
    // check is tried again until it holds (Playwright retries; no fixed wait).
    const leaveOut = page.getByRole("checkbox", {
      name: /Leave out meetings whose page would say little/,
    });
    await expect(async () => {
      await leaveOut.check({ timeout: 1000 });
    }).toPass();
    const sparse = shipped.meetings.filter((meeting) => recordedFacts(meeting) < 2);
    expect(sparse.length).toBeGreaterThan(0);
    const leftOut = page.getByText(/^Left out, since the sources record little about them:/);
    for (const meeting of sparse) await expect(leftOut).toContainText(shortLabel(meeting));
    await expect(meetingPages).toHaveCount(before - sparse.length);
    expect(page.url()).toContain("empty=leave-out");
  });
});

test("the offline copy downloads from the app and opens from disk at its view, asking nothing of the network", async ({
  page,
  context,
}) => {
  await page.goto("/handout?host=JP");
  const file = await download(page, "Download offline copy", "offline.html");
  await expect(page.getByRole("status").filter({ hasText: /open it from disk/ })).toBeVisible();

  const copy = await context.newPage();
  const requested: string[] = [];
  copy.on("request", (request) => requested.push(request.url()));
  const address = pathToFileURL(file).href;
  await copy.goto(address);
  await expect(
    copy.getByRole("heading", { level: 1, name: englishText(shipped.series.name) }),
  ).toBeVisible();
  await expect(
    copy.getByRole("radio", { name: "The timeline's filter: host Japan" }),
  ).toBeChecked();
  expect(copy.url()).toBe(`${address}#/handout?host=JP`);
  await copy.goto(`${address}#/meetings/7`);
  await expect(copy.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
  expect(requested.filter((url) => !url.startsWith(address))).toEqual([]);
});
