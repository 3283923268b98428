/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1, and prints one table — gzip sizes, Lighthouse
 * (mobile, simulated throttling) per route, and step latency for the real and a 1,000-meeting dataset —
 * and writes the same to reports/bench.json. Timings vary on a shared machine: each is a median of runs.
 */
import { chromium } from "@playwright/test";
import { execFileSync, execSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { indexDataset } from "../src/data/dataset-index";
import { defaultDeck } from "../src/data/deck";
import { encodeDeck } from "../src/data/deck-address";
import type { Dataset } from "../src/data/schema";
import { validateDataset } from "../src/data/validate-dataset";
import { groupMeetingsByPlace, placeKey } from "../src/data/venue-groups";
import { venueOf } from "../src/data/venue-of";
import { composeLatency, speakerLatency } from "./bench-briefing";
import { pptxExport } from "./bench-exports";
import { importFormats, openLatency } from "./bench-open";
import { catalogsReady } from "../src/data/i18n/catalogs";
import { searchLatency } from "./bench-search";
import { BUDGETS, KiB, measureBundle } from "./bundle-sizes";
import { generateLargeDataset } from "./large-dataset";
import { prerender } from "./prerender";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? "5");
const STEP_RUNS = Number(process.env.BENCH_STEP_RUNS ?? "3");
const STEPS = 50;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

async function serve(dir: string, port: number): Promise<ChildProcess> {
  // The local vite binary itself, not npx: killing npx would leave its server running.
  const server = spawn(
    "node_modules/.bin/vite",
    ["preview", "--outDir", dir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    {
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // Not listening yet; try again shortly.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the preview server on port ${port} did not start`);
}

type LighthouseRow = {
  route: string;
  dataset: string;
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Every run's score, so that the spread on a shared machine is on record beside the median. */
  scores: number[];
};

function lighthouse(url: string): { score: number; lcp: number; tbt: number; cls: number } {
  const out = join(mkdtempSync(join(tmpdir(), "lh-")), "report.json");
  const profile = mkdtempSync(join(tmpdir(), "lh-profile-"));
  execFileSync(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=--headless=new ${FLAGS.join(" ")} --user-data-dir=${profile}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: "ignore" },
  );
  const report: unknown = JSON.parse(readFileSync(out, "utf8"));
  const num = (path: string[]): number => {
    let node: unknown = report;
    for (const key of path)
      node = typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined;
    return typeof node === "number" ? node : NaN;
  };
  return {
    score: num(["categories", "performance", "score"]) * 100,
    lcp: num(["audits", "largest-contentful-paint", "numericValue"]),
    tbt: num(["audits", "total-blocking-time", "numericValue"]),
    cls: num(["audits", "cumulative-layout-shift", "numericValue"]),
  };
}

/**
 * Runs in the page: from the next keydown, waits frame by frame until the details show `title` and the
 * map's selected marker is `place` (or none), and leaves the elapsed milliseconds in window.__step.
 * It is a string because tsx would wrap a function's inner closures in a helper the page lacks.
 */
const STEP_WAITER = `(({ title, place }) => {
  window.__step = new Promise((resolve) => {
    setTimeout(() => resolve(NaN), 5000);
    document.addEventListener("keydown", (event) => {
      const t0 = event.timeStamp;
      const check = () => {
        const heading = document.querySelector("#details-title")?.textContent;
        const selected = document.querySelector(".venue-marker--selected .visually-hidden")?.textContent ?? null;
        const mapReady = place === null ? selected === null : (selected?.startsWith(place) ?? false);
        if (heading === title && mapReady) resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { once: true, capture: true });
  });
})`;

/** Milliseconds from a key press on "Next" until the details show the next meeting and the map has moved. */
async function stepLatency(
  base: string,
  dataset: Dataset,
  body: string | undefined,
): Promise<number[]> {
  const index = indexDataset(dataset);
  const places = new Map(groupMeetingsByPlace(index).places.map((p) => [p.key, p.name]));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  if (body !== undefined) {
    await page.route("**/data/meetings.json", (route) =>
      route.fulfill({ body, contentType: "application/json" }),
    );
  }
  const samples: number[] = [];
  const first = index.order[0];
  if (first === undefined) throw new Error("empty dataset");
  let current = first;
  await page.goto(`${base}/meetings/${current.id}`);
  await page.locator(".venue-marker").first().waitFor();
  while (samples.length < STEPS) {
    const next = index.order[index.order.indexOf(current) + 1];
    if (next === undefined) {
      current = first;
      await page.goto(`${base}/meetings/${current.id}`);
      await page.locator(".venue-marker").first().waitFor();
      continue;
    }
    const venue = venueOf(index, next);
    const place = venue === undefined ? null : (places.get(placeKey(venue)) ?? null);
    await page.getByRole("link", { name: /^Next:/ }).focus();
    await page.evaluate(`${STEP_WAITER}(${JSON.stringify({ title: next.title, place })})`);
    await page.keyboard.press("Enter");
    const ms = await page.evaluate(() => {
      const done: unknown = Reflect.get(window, "__step");
      return done instanceof Promise
        ? done.then((v: unknown) => (typeof v === "number" ? v : NaN))
        : NaN;
    });
    if (Number.isNaN(ms))
      console.warn(
        `  step to ${next.id} did not complete (expected "${next.title}", place ${place ?? "none"})`,
      );
    samples.push(ms);
    current = next;
    await page.waitForTimeout(30);
  }
  await browser.close();
  return samples;
}

async function main() {
  mkdirSync("reports", { recursive: true });
  console.log("Building…");
  execSync("npx vite build", { stdio: "ignore" });
  const real = validateDataset(JSON.parse(readFileSync("public/data/meetings.json", "utf8")));
  const large = generateLargeDataset(1000, real);
  const largeBody = JSON.stringify(large);
  // The 1,000-meeting copy is prerendered from its own data, as a deployment of it would be; only
  // the views measured are, so the copy stays small.
  const largeDist = mkdtempSync(join(tmpdir(), "dist-large-"));
  cpSync("dist", largeDist, { recursive: true });
  writeFileSync(join(largeDist, "data/meetings.json"), largeBody);
  console.log("Prerendering…");
  await prerender("dist");
  await prerender(largeDist, ["/", "/meetings/7"]);
  const sizes = measureBundle();

  const servers = [await serve("dist", 4174), await serve(largeDist, 4175)];
  try {
    // Each language (decision 019): the Japanese home and a meeting, beside the English views.
    const routes = ["/", "/meetings/7", "/map", "/present/15", "/ja/", "/ja/meetings/7"];
    const lhRows: LighthouseRow[] = [];
    for (const [dataset, port, list] of [
      ["real", 4174, routes],
      ["1,000", 4175, ["/", "/meetings/7"]],
    ] as const) {
      for (const route of list) {
        console.log(`Lighthouse ${route} (${dataset} dataset) × ${LH_RUNS}…`);
        const runs = Array.from({ length: LH_RUNS }, () =>
          lighthouse(`http://127.0.0.1:${port}${route}`),
        );
        lhRows.push({
          route,
          dataset,
          score: median(runs.map((r) => r.score)),
          lcp: median(runs.map((r) => r.lcp)),
          tbt: median(runs.map((r) => r.tbt)),
          cls: median(runs.map((r) => r.cls)),
          scores: runs.map((r) => r.score),
        });
        // Printed as each route ends, so a later step that fails does not take these with it.
        console.log(
          `  score ${String(median(runs.map((r) => r.score)))} (runs ${runs.map((r) => r.score).join(" ")})`,
        );
      }
    }

    const stepRows: { dataset: string; median: number; p95: number; runs: number }[] = [];
    for (const [name, dataset, body] of [
      ["real", real, undefined],
      ["1,000", large, largeBody],
    ] as const) {
      console.log(`Step latency (${name} dataset), ${STEP_RUNS} runs of ${STEPS} steps…`);
      const runs: { median: number; p95: number }[] = [];
      for (let r = 0; r < STEP_RUNS; r += 1) {
        const samples = await stepLatency("http://127.0.0.1:4174", dataset, body);
        runs.push({ median: median(samples), p95: percentile(samples, 95) });
      }
      stepRows.push({
        dataset: name,
        median: median(runs.map((r) => r.median)),
        p95: median(runs.map((r) => r.p95)),
        runs: STEP_RUNS,
      });
    }

    console.log("Speaker view → audience latency, 50 presses…");
    const speaker = await speakerLatency("http://127.0.0.1:4174", CHROMIUM, FLAGS);
    console.log("Composing with the 1,000-meeting dataset, 50 adds and moves…");
    const compose = await composeLatency("http://127.0.0.1:4174", largeBody, CHROMIUM, FLAGS);
    console.log(
      "PowerPoint export: the default deck, and the 1,000-meeting dataset's first 200 slides…",
    );
    const largeDeck = encodeDeck(
      defaultDeck(indexDataset(large), { achievements: true }).slice(0, 200),
    );
    const exportRows = [
      {
        what: "default deck (real dataset)",
        ...(await pptxExport("http://127.0.0.1:4174/handout", CHROMIUM, FLAGS)),
      },
      {
        what: "first 200 slides (1,000 meetings)",
        ...(await pptxExport(`http://127.0.0.1:4175/briefing?deck=${largeDeck}`, CHROMIUM, FLAGS)),
      },
    ];
    console.log("Search with the 1,000-meeting dataset, a key press at a time…");
    const searchSamples = await searchLatency("http://127.0.0.1:4175/search", CHROMIUM, FLAGS);
    console.log("Opening the 1,000-meeting dataset from a file, 5 runs…");
    const openSamples = await openLatency("http://127.0.0.1:4174", largeBody, CHROMIUM, FLAGS);
    const importRows = [];
    // The CSV export writes dates in words (decision 019): their catalogs must be loaded.
    await catalogsReady();
    for (const format of importFormats(large)) {
      console.log(`Opening the same meetings as ${format.label}, 5 runs…`);
      const samples = await openLatency(
        "http://127.0.0.1:4174",
        format.body,
        CHROMIUM,
        FLAGS,
        format.name,
        format.entries,
      );
      importRows.push({ ...format, samples });
    }
    const briefingRows = [
      { what: "speaker view key → audience slide", samples: speaker, target: 100 },
      { what: "composer, add a slide (1,000 meetings)", samples: compose.add, target: 50 },
      { what: "composer, move a slide (1,000 meetings)", samples: compose.move, target: 50 },
    ].map((row) => ({
      what: row.what,
      median: median(row.samples),
      p95: percentile(row.samples, 95),
      target: row.target,
    }));

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const lines = [
      `Machine: ${machine}`,
      "",
      "Sizes (gzip -9)                      size      budget",
      `  first screen (JS+CSS)       ${KiB(sizes.firstScreen.gzip).padStart(10)}  ${KiB(BUDGETS.firstScreen).padStart(10)}`,
      `  first screen, Japanese      ${KiB(sizes.firstScreenJa?.gzip ?? NaN).padStart(10)}  ${KiB(BUDGETS.firstScreen).padStart(10)}`,
      `  map chunk (Leaflet, JS)     ${KiB(sizes.mapChunk?.gzip ?? NaN).padStart(10)}  ${KiB(BUDGETS.mapChunk).padStart(10)}`,
      `  basemap.json                ${KiB(sizes.basemap.gzip).padStart(10)}  ${KiB(BUDGETS.basemap).padStart(10)}`,
      ...sizes.assets.map(
        (a) =>
          `    ${a.file.padEnd(40)} ${KiB(a.gzip).padStart(10)}${sizes.firstScreen.files.includes(a.file) ? "  (first screen)" : ""}`,
      ),
      "",
      `Lighthouse 12.2.3, mobile, simulated throttling (median of ${LH_RUNS})`,
      "  route            dataset   score     LCP ms   TBT ms    CLS   every run's score",
      ...lhRows.map(
        (r) =>
          `  ${r.route.padEnd(16)} ${r.dataset.padEnd(8)} ${r.score.toFixed(0).padStart(6)} ${r.lcp.toFixed(0).padStart(10)} ${r.tbt.toFixed(0).padStart(8)} ${r.cls.toFixed(3).padStart(6)}   ${r.scores.map((score) => score.toFixed(0)).join(" ")}`,
      ),
      "",
      `Step latency: key press on Next → details and map updated (reduced motion), ${STEPS} steps, median of ${STEP_RUNS} runs`,
      "  dataset    median ms   p95 ms",
      ...stepRows.map(
        (r) =>
          `  ${r.dataset.padEnd(10)} ${r.median.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)}`,
      ),
      "",
      "Briefing (ms)                                   median      p95   target (median)",
      ...briefingRows.map(
        (r) =>
          `  ${r.what.padEnd(44)} ${r.median.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(8)}   ≤ ${String(r.target)}`,
      ),
      "",
      `Search, 1,000 meetings: key press → results shown, ${String(searchSamples.length)} letters: median ${median(searchSamples).toFixed(1)} ms, p95 ${percentile(searchSamples, 95).toFixed(1)} ms (target median ≤ 16)`,
      `Open dataset, 1,000 meetings (${(largeBody.length / 1024 / 1024).toFixed(1)} MB JSON): file chosen → timeline shows it: median ${median(openSamples).toFixed(0)} ms (runs ${openSamples.map((v) => v.toFixed(0)).join(" ")})`,
      ...importRows.map(
        (r) =>
          `  the same as ${r.label} (${String(r.entries)} records, ${(r.body.length / 1024 / 1024).toFixed(1)} MB): median ${median(r.samples).toFixed(0)} ms (runs ${r.samples.map((v) => v.toFixed(0)).join(" ")})`,
      ),
      "",
      "PowerPoint export (click → file offered, ms; first run fetches the exporter)   slides   size KiB   first   then",
      ...exportRows.map(
        (r) =>
          `  ${r.what.padEnd(70)} ${String(r.slides).padStart(7)} ${(r.bytes / 1024).toFixed(0).padStart(10)} ${(r.ms[0] ?? NaN).toFixed(0).padStart(7)} ${median(r.ms.slice(1)).toFixed(0).padStart(6)}`,
      ),
    ];
    console.log(`\n${lines.join("\n")}`);
    writeFileSync(
      "reports/bench.json",
      `${JSON.stringify({ date: new Date().toISOString(), machine, sizes, lighthouse: lhRows, stepLatency: stepRows, briefing: briefingRows, pptxExport: exportRows, openDataset: { median: median(openSamples), samples: openSamples }, searchLatency: { median: median(searchSamples), p95: percentile(searchSamples, 95), samples: searchSamples.length } }, null, 2)}\n`,
    );
    console.log("\nWrote reports/bench.json");
  } finally {
    for (const server of servers) server.kill();
    rmSync(largeDist, { recursive: true, force: true });
  }
}

await main();
