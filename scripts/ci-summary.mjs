// Prints one closing line for CI: "ci: N passed, N failed" over Vitest's JSON reports (any number)
// and Playwright's (the last argument).
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
const playwright = JSON.parse(readFileSync(files.at(-1), "utf8"));
const vitest = files.slice(0, -1).map((file) => JSON.parse(readFileSync(file, "utf8")));
const sum = (key) => vitest.reduce((total, report) => total + report[key], 0);

const passed = sum("numPassedTests") + playwright.stats.expected;
const failed = sum("numFailedTests") + playwright.stats.unexpected + playwright.stats.flaky;
const skipped = sum("numPendingTests") + playwright.stats.skipped;
console.log(`unit: ${sum("numPassedTests")} passed, browser: ${playwright.stats.expected} passed`);
console.log(`ci: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
