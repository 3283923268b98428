import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

export const SERVICE_WORKER_ENTRY = "src/service-worker/service-worker.ts";
export const SERVICE_WORKER_FILE = "sw.js";
// The minifier may quote the placeholder with any of the three quote marks.
const PLACEHOLDER = /(["'`])__PRECACHE__\1/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/**
 * Writes the offline file list into the built service worker: every file the build emits plus
 * everything in public/, and a version made from all their contents, so any change to any file
 * makes a new worker that browsers install in place of the old one.
 */
export function precacheServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "precache-service-worker",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite has written index.html into the bundle, so the page is kept offline too.
      order: "post",
      handler(_options, bundle) {
        const worker = bundle[SERVICE_WORKER_FILE];
        if (worker?.type !== "chunk") {
          this.error(`the build has no ${SERVICE_WORKER_FILE} entry`);
        }
        if (bundle["index.html"] === undefined) this.error("the build has no index.html to keep");
        const hash = createHash("sha256");
        const files: string[] = [];
        for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) =>
          a.localeCompare(b),
        )) {
          // The build manifest is for scripts/prerender.ts, not for browsers.
          if (fileName === SERVICE_WORKER_FILE || fileName.startsWith(".vite/")) continue;
          files.push(fileName);
          hash.update(fileName).update(output.type === "chunk" ? output.code : output.source);
        }
        const publicDir = config.publicDir;
        if (publicDir !== "") {
          for (const file of filesUnder(publicDir).sort()) {
            files.push(file);
            hash.update(file).update(readFileSync(join(publicDir, file)));
          }
        }
        if (!PLACEHOLDER.test(worker.code)) {
          this.error(`${SERVICE_WORKER_FILE} has lost its __PRECACHE__ placeholder`);
        }
        const precache = { version: hash.digest("hex").slice(0, 16), base: config.base, files };
        const literal = JSON.stringify(JSON.stringify(precache));
        worker.code = worker.code.replace(PLACEHOLDER, () => literal);
      },
    },
  };
}
