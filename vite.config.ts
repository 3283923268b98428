import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { CONTENT_SECURITY_POLICY } from "./csp.config.ts";
import { basePath } from "./scripts/base-path.ts";
import { singleFileContentSecurityPolicy } from "./scripts/vite/single-file-csp-plugin.ts";
import { treeShakeableReactRouter } from "./scripts/vite/tree-shakeable-react-router.ts";
import { LOCALES } from "./src/data/i18n/locale.ts";
import { VitePWA } from "vite-plugin-pwa";

/** The CSP goes into the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** The web app manifest makes the served app installable; a page opened from disk has no use for it. */
function installable(base: string): Plugin {
  return {
    name: "installable",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "link",
        attrs: { rel: "manifest", href: `${base}manifest.webmanifest` },
        injectTo: "head",
      },
      { tag: "meta", attrs: { name: "theme-color", content: "#0b4f8a" }, injectTo: "head" },
    ],
  };
}

/**
 * The one-file app (`npm run build:single`, decision 008) served beside the app, for "Download
 * offline copy" (issue 19): `npm run build` builds it first.
 */
function offlineCopy(): Plugin {
  const source = fileURLToPath(new URL("./dist-single/index.html", import.meta.url));
  return {
    name: "offline-copy",
    apply: "build",
    generateBundle() {
      if (!existsSync(source)) {
        this.warn(
          "dist-single/index.html is missing: run `npm run build:single` first for the offline copy",
        );
        return;
      }
      this.emitFile({
        type: "asset",
        fileName: "offline/japan-asean-cybersecurity-meetings.html",
        source: readFileSync(source),
      });
    },
  };
}

/**
 * Every view needs the dataset, so the page asks for it at once instead of after the code has
 * loaded and run: the fetch and the code download overlap. (crossorigin matches fetch()'s defaults,
 * so the app's request reuses the preloaded answer.)
 */
function preloadDataset(base: string): Plugin {
  return {
    name: "preload-dataset",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "link",
        attrs: {
          rel: "preload",
          href: `${base}data/meetings.json`,
          as: "fetch",
          crossorigin: "anonymous",
        },
        injectTo: "head",
      },
    ],
  };
}

/**
 * The offline service worker (decision 008): src/service-worker/sw.ts, Workbox's strategies, built
 * by vite-plugin-pwa to `sw.js` with the list of every file the build writes and public/ holds.
 * The app registers it itself, lazily (src/app/register-service-worker.ts), and ships its own
 * web app manifest (public/manifest.webmanifest).
 */
function offlineServiceWorker() {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "src/service-worker",
    filename: "sw.ts",
    injectRegister: false,
    manifest: false,
    injectManifest: {
      // A classic script: Vite builds it as a library, without the option Vite 8 warns about.
      rollupFormat: "iife",
      globPatterns: ["**/*.{js,css,html,json,svg,webmanifest}"],
      // The build manifest is for scripts/prerender.ts and the JSON Schema for editors, not browsers;
      // the offline copy (over 1 MB) is fetched only when someone asks for it.
      globIgnores: [".vite/**", "sw.js", "data/meetings.schema.json", "offline/**"],
      // The basemap is ~300 KB before compression, more than Workbox keeps by default.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

// React Router's package exports point at its development build (extra checks and warning text)
// in every environment; builds take the production build it ships beside it.
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: fileURLToPath(
    new URL("./node_modules/react-router/dist/production/index.mjs", import.meta.url),
  ),
};

// pptxgenjs imports Node's fs and https only when run in Node (src/components/slide-export/no-node-modules.ts).
const noNodeModules = {
  find: /^node:(fs|https)$/,
  replacement: fileURLToPath(
    new URL("./src/components/slide-export/no-node-modules.ts", import.meta.url),
  ),
};

// The one-file build takes its data from inside the code rather than from files beside it.
const embeddedData = {
  find: /^\.\/embedded-data$/,
  replacement: fileURLToPath(new URL("./src/data/embedded-data.single.ts", import.meta.url)),
};

export default defineConfig(({ command, mode, isSsrBuild = false }) => {
  // `BASE_PATH=/ajcpm/ npm run build` serves the app under a sub-path (README, "Deploying").
  const base = basePath();
  // `npm run build:single` (docs/decisions/008): one HTML file with everything inside it.
  const single = mode === "single";
  // scripts/prerender.ts builds the app once more for Node, to render its views at build time.
  if (isSsrBuild) {
    return {
      base,
      plugins: [react()],
      resolve: { alias: [reactRouterProduction] },
      ssr: { noExternal: true },
      build: { target: "node20", sourcemap: false },
    };
  }
  return {
    // The one-file build is opened from disk, with "#" addresses: no base path applies to it.
    base: single ? "/" : base,
    plugins: single
      ? [react(), treeShakeableReactRouter(), viteSingleFile(), singleFileContentSecurityPolicy()]
      : [
          react(),
          treeShakeableReactRouter(),
          contentSecurityPolicy(),
          preloadDataset(base),
          installable(base),
          offlineServiceWorker(),
          offlineCopy(),
        ],
    resolve: {
      alias: [
        ...(command === "build" ? [reactRouterProduction, noNodeModules] : []),
        ...(single ? [embeddedData] : []),
      ],
    },
    // A module worker: the data layer's message catalogs are awaited at the top of a module,
    // which the classic (iife) worker format cannot do.
    worker: { format: "es" },
    // The one-file build carries its data inside the page, so public/ is not copied beside it.
    publicDir: single ? false : "public",
    build: {
      target: "es2023",
      sourcemap: false,
      outDir: single ? "dist-single" : "dist",
      // Which stylesheets each lazy part needs, for the pages scripts/prerender.ts writes.
      manifest: !single,
      // Every browser this app targets supports modulepreload; the polyfill would cost the first screen.
      modulePreload: { polyfill: false },
      rolldownOptions: single
        ? {}
        : {
            output: {
              // Everything the first screen loads in one chunk: split into several (Rolldown
              // splits out modules a lazy part shares), the same code compresses ~2 KiB worse.
              codeSplitting: {
                groups: [
                  { name: "app", tags: ["$initial"] },
                  // ICU's plural and number helpers, which some catalogs import, in one chunk (before the
                  // first screen's words, which would otherwise take them in).
                  {
                    name: "messageformat",
                    test: /node_modules[\\/]@messageformat[\\/]runtime[\\/]/,
                  },
                  // The first screen's words (decision 019), one chunk per language: one request
                  // instead of three, each of which would hold back the first paint.
                  ...LOCALES.map((locale) => ({
                    name: `first-screen-${locale}`,
                    test: new RegExp(
                      `src[\\\\/](components[\\\\/]messages[\\\\/]first-screen|data[\\\\/]messages|features[\\\\/]timeline[\\\\/]messages)[\\\\/]${locale}\\.js$`,
                    ),
                  })),
                  // The small modules lazy parts share (catalog loaders, text components): one
                  // chunk instead of a dozen, each of which the first screen's script would name.
                  {
                    name: "shared",
                    test: /src[\\/](components|data|app|features[\\/][^\\/]+)[\\/]([a-z-]+-)?(messages|source-text|data-text|language-switch|record-end|series-parties|lazy-details|not-recorded|filter-options|copy-link-button)\.tsx?$/,
                  },
                ],
              },
            },
          },
    },
    preview: {
      host: "127.0.0.1",
    },
    server: {
      host: "127.0.0.1",
    },
    test: {
      restoreMocks: true,
      // Longer than Testing Library's wait (tests/unit/setup.ts), so a wait that fails says why.
      testTimeout: 15_000,
      // Vitest leaves a core free by default; on a 2-core machine that halves the suite's speed.
      maxWorkers: "100%",
      // Three suites (README, "Tests"): `npm test` runs the first two, `npm run test:fuzz` the third.
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            // Pure logic: no DOM to set up, and the files can share one module graph per worker.
            // (Component tests cannot: sharing a page between files made them fail by order.)
            environment: "node",
            isolate: false,
            include: ["tests/unit/**/*.test.ts"],
            exclude: ["tests/unit/hardening/**"],
            setupFiles: ["tests/unit/catalogs-setup.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "components",
            environment: "jsdom",
            include: ["tests/unit/**/*.test.tsx"],
            exclude: ["tests/unit/hardening/**"],
            setupFiles: ["tests/unit/setup.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "fuzz",
            environment: "jsdom",
            include: ["tests/unit/hardening/**/*.test.{ts,tsx}"],
            setupFiles: ["tests/unit/setup.ts"],
          },
        },
      ],
    },
  };
});
