/**
 * `npm run test:timing [-- RUNS]`: how long `npm test` takes on this machine, RUNS times (3) alone and
 * RUNS times while `npm run build` runs in a loop beside it, as on a busy laptop. Prints each run's
 * wall time in seconds and its failed tests; exits 1 if any test failed. The target (README, issue
 * 16): at most 60 s a run, and no failure under load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as z from "zod";

const RUNS = Number(process.argv[2] ?? "3");
const REPORT = "reports/test-timing.json";
const TARGET_S = 60;

const ReportSchema = z.object({ numTotalTests: z.number(), numFailedTests: z.number() });
type Run = { seconds: number; failed: number; total: number };

/**
 * One `npm test` run: its wall time and how many tests failed. Spawned, not spawnSync: the build
 * loop beside it needs the event loop to start each next build.
 */
async function timeOneRun(): Promise<Run> {
  rmSync(REPORT, { force: true });
  const started = performance.now();
  const child = spawn(
    "npm",
    ["test", "--", "--reporter=dot", "--reporter=json", `--outputFile.json=${REPORT}`],
    { stdio: "ignore" },
  );
  await new Promise((resolve) => child.on("exit", resolve));
  const seconds = (performance.now() - started) / 1000;
  const report = ReportSchema.parse(JSON.parse(readFileSync(REPORT, "utf8")));
  return { seconds, failed: report.numFailedTests, total: report.numTotalTests };
}

async function timeRuns(count: number): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < count; i += 1) runs.push(await timeOneRun());
  return runs;
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
      if (!stopped) builds += 1;
      next();
    });
  };
  next();
  return {
    stop: () =>
      new Promise((resolve) => {
        stopped = true;
        const running = current;
        if (running === undefined || running.exitCode !== null || running.pid === undefined) {
          resolve(builds);
          return;
        }
        running.on("exit", () => {
          resolve(builds);
        });
        // The build's whole process group: npm, Vite and the prerender step.
        process.kill(-running.pid, "SIGTERM");
      }),
  };
}

function line(label: string, runs: readonly Run[]): string {
  const times = runs.map((r) => `${r.seconds.toFixed(1)} s`).join("  ");
  const failed = runs.reduce((sum, r) => sum + r.failed, 0);
  return `${label.padEnd(36)} ${times}   (${String(runs[0]?.total ?? 0)} tests a run, ${String(failed)} failed in all)`;
}

mkdirSync("reports", { recursive: true });
const alone = await timeRuns(RUNS);
console.log(line("npm test, alone:", alone));
const load = buildInALoop();
const loaded = await timeRuns(RUNS);
const builds = await load.stop();
console.log(line(`npm test, ${String(builds)} builds beside it:`, loaded));
const all = [...alone, ...loaded];
const slowest = Math.max(...all.map((r) => r.seconds));
console.log(
  `slowest run ${slowest.toFixed(1)} s (target ≤ ${String(TARGET_S)} s); ${String(availableParallelism())} cores, Node ${process.version}`,
);
process.exit(all.some((r) => r.failed > 0) ? 1 : 0);
