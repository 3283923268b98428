/**
 * The opening measurement of `npm run bench` (issue 21): from choosing a dataset file in the
 * "Open a dataset" dialog to the timeline showing it (read, checked, validated and drawn), with the
 * 1,000-meeting dataset, in Debian's Chromium. Times in milliseconds.
 */
import { chromium } from "@playwright/test";
import { indexDataset } from "../src/data/dataset-index";
import { TIMELINE_COLUMNS } from "../src/data/import/timelinejs-csv";
import { meetingsCsv } from "../src/data/meetings-csv";
import type { Dataset, Meeting } from "../src/data/schema";

const TIMELINE_HEADER = TIMELINE_COLUMNS.join(",");

const RUNS = 5;

/** "2014-10-07" → { year, month, day } as TimelineJS writes a date; undefined when not recorded. */
function timelineDate(
  meeting: Meeting,
): { year: number; month?: number; day?: number } | undefined {
  const date = meeting.date;
  if (date === "not recorded") return undefined;
  if (date.precision === "year") return { year: date.year };
  const [year, month, day] = (date.precision === "day" ? date.start : date.month)
    .split("-")
    .map(Number);
  return { year: year ?? 0, month, day };
}

/**
 * The same meetings in the other formats the dialog opens: this app's CSV export, a TimelineJS
 * JSON file and a TimelineJS spreadsheet (dated meetings only: TimelineJS needs a year).
 */
export function importFormats(
  dataset: Dataset,
): { label: string; name: string; body: string; entries: number }[] {
  const dated = dataset.meetings.flatMap((meeting) => {
    const start = timelineDate(meeting);
    return start === undefined ? [] : [{ meeting, start }];
  });
  const events = dated.map(({ meeting, start }) => ({
    start_date: start,
    text: {
      headline: meeting.title,
      text: meeting.summary === "not recorded" ? "" : meeting.summary,
    },
  }));
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const rows = dated.map(({ meeting, start }) => {
    const cells: Partial<Record<(typeof TIMELINE_COLUMNS)[number], string>> = {
      Year: String(start.year),
      Month: start.month === undefined ? "" : String(start.month),
      Day: start.day === undefined ? "" : String(start.day),
      Headline: meeting.title,
      Text: meeting.summary === "not recorded" ? "" : meeting.summary,
    };
    return TIMELINE_COLUMNS.map((column) => quote(cells[column] ?? "")).join(",");
  });
  return [
    {
      label: "this app's CSV export",
      name: "large.csv",
      body: meetingsCsv(indexDataset(dataset)),
      entries: dataset.meetings.length,
    },
    {
      label: "TimelineJS JSON",
      name: "timeline.json",
      body: JSON.stringify({ events }),
      entries: events.length,
    },
    {
      label: "TimelineJS spreadsheet (CSV)",
      name: "timeline.csv",
      body: [TIMELINE_HEADER, ...rows].join("\r\n"),
      entries: rows.length,
    },
  ];
}

/** One sample per run, each in a fresh page (nothing kept between runs). */
export async function openLatency(
  base: string,
  body: string,
  chromiumPath: string,
  flags: string[],
  name = "large.json",
  entries = 1000,
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
          if (chosen > 0 && document.querySelector(".timeline")?.textContent?.includes("${entries.toLocaleString("en")} entries")) {
            observer.disconnect();
            resolve(performance.now() - chosen);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }); 0`);
      await input.setInputFiles({
        name,
        mimeType: name.endsWith(".csv") ? "text/csv" : "application/json",
        buffer: Buffer.from(body),
      });
      // A page that never shows the entries fails the bench with a reason instead of hanging it.
      samples.push(
        Number(
          await page.evaluate(`Promise.race([window.__shown, new Promise((_, reject) => setTimeout(
            () => reject(new Error("the timeline did not show ${entries.toLocaleString("en")} entries in 60 s")), 60000))])`),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}
