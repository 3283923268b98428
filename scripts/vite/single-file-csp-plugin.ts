import { createHash } from "node:crypto";
import type { Plugin } from "vite";
import { singleFilePolicy } from "../../csp.config.ts";

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The one-file build has its script and styles inline, which the usual policy ('self' only)
 * forbids. This writes a policy that allows exactly those inline blocks by their hashes, and
 * nothing else: the file keeps its protection when opened from disk.
 */
export function singleFileContentSecurityPolicy(): Plugin {
  return {
    name: "single-file-content-security-policy",
    apply: "build",
    enforce: "post",
    generateBundle: {
      // After vite-plugin-singlefile has inlined the code into the page.
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (page?.type !== "asset" || typeof page.source !== "string") {
          this.error("the one-file build has no index.html");
        }
        const html = page.source;
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => m[1] ?? "",
        );
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
          (m) => m[1] ?? "",
        );
        if (scripts.length === 0) this.error("the one-file build has no inline script");
        const policy = singleFilePolicy(scripts.map(sha256), styles.map(sha256));
        page.source = html.replace(
          "<head>",
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
