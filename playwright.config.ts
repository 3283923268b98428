import { defineConfig, devices } from "@playwright/test";

const PORT = 4173;
/** The same app built under a base path (`npm run build:base-path`), served by a second server. */
export const BASE_PATH_PORT = 4174;
export const BASE_PATH = "/ajcpm/";

/** Tag of the tests that read the clipboard back (see the "clipboard" project). */
const CLIPBOARD = /@clipboard/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    // Each test starts from the network; the offline tests allow the service worker themselves.
    serviceWorkers: "block",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "app", grepInvert: CLIPBOARD },
    // Chromium's clipboard is the machine's, shared by every worker's browser: a test that reads it back
    // runs alone, after the rest, or it may read a link another test copied at the same moment.
    { name: "clipboard", grep: CLIPBOARD, workers: 1, dependencies: ["app"] },
  ],
  webServer: [
    {
      // The built app, as users get it: `npm run test:e2e` builds first.
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-base --port ${BASE_PATH_PORT} --strictPort --host 127.0.0.1`,
      env: { BASE_PATH },
      url: `http://127.0.0.1:${BASE_PATH_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
