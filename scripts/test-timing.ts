/**
 * `npm run test:timing [-- RUNS]`: how long `npm test` takes on this machine, RUNS times (3) alone and
 * RUNS times while `npm run build` runs in a loop beside it, as on a busy laptop. Prints each run's
 * wall time in seconds and its failed tests; exits 1 if any test failed. The target (README, issue
 * 16): at most 60 s a run, and no failure under load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import * as z from "zod";

const RUNS = Number(process.argv[2] ?? "3");
const REPORT = "reports/test-timing.json";
const TARGET_S = 60;

const ReportSchema = z.object({ numTotalTests: z.number(), numFailedTests: z.number() });

/** One `npm test` run: its wall time and how many tests failed. */
function timeOneRun(): { seconds: number; failed: number; total: number } {
  rmSync(REPORT, { force: true });
  const started = performance.now();
  spawnSync(
    "npm",
    ["test", "--", "--reporter=dot", "--reporter=json", `--outputFile.json=${REPORT}`],
    {
      stdio: "ignore",
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const report = ReportSchema.parse(JSON.parse(readFileSync(REPORT, "utf8")));
  return { seconds, failed: report.numFailedTests, total: report.numTotalTests };
}

/** Runs `npm run build` again and again until stopped; counts the builds that finished. */
function buildInALoop(): { stop: () => Promise<number> } {
  let builds = 0;
  let stopped = false;
  let current: ChildProcess | undefined;
  const next = () => {
    if (stopped) return;
    current = spawn("npm", ["run", "build"], { stdio: "ignore", detached: true });
    current.on("exit", () => {
      builds += 1;
      next();
    });
  };
  next();
  return {
    stop: () =>
      new Promise((resolve) => {
        stopped = true;
        if (current?.exitCode !== null || current.pid === undefined) {
          resolve(builds);
          return;
        }
        current.on("exit", () => {
          resolve(builds);
        });
        process.kill(-current.pid, "SIGTERM");
      }),
  };
}

async function timeRuns(count: number): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < count; i += 1) runs.push(await timeOneRun());
  return runs;
}

function line(label: string, runs: readonly Run[]): string {
  const times = runs.map((r) => `${r.seconds.toFixed(1)} s`).join("  ");
  const failed = runs.reduce((sum, r) => sum + r.failed, 0);
  return `${label.padEnd(34)} ${times}   (${runs[0]?.total ?? 0} tests a run, ${failed} failed in all)`;
}

mkdirSync("reports", { recursive: true });
const alone = await timeRuns(RUNS);
console.log(line("npm test, alone:", alone));
const load = buildInALoop();
const loaded = await timeRuns(RUNS);
const builds = await load.stop();
console.log(line(`npm test, ${builds} builds beside it:`, loaded));
const all = [...alone, ...loaded];
const slowest = Math.max(...all.map((r) => r.seconds));
console.log(
  `slowest run ${slowest.toFixed(1)} s (target ≤ ${TARGET_S} s); ${String(availableParallelism())} cores, Node ${process.version}`,
);
process.exit(all.some((r) => r.failed > 0) ? 1 : 0);
