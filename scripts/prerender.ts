/**
 * Renders the app's views into the built files (docs/decisions/009): `dist/index.html` gets the
 * overview, `dist/meetings/7.html` the 7th meeting, and so on, each from the dataset in
 * `dist/data/meetings.json`. The browser shows that markup before any script has run, then hydrates it.
 * Under a base path (`BASE_PATH=/ajcpm/`, as the build had it) every link and address carries it.
 *
 *   tsx scripts/prerender.ts [--dist DIR] [--only /,/meetings/7]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import * as z from "zod";
import type * as PrerenderEntry from "../src/app/prerender";
import { datasetFingerprint } from "../src/data/dataset-fingerprint";
import { validateDataset } from "../src/data/validate-dataset";
import { HTML_LANG, inLocale, LOCALES, localeOfPath, type Locale } from "../src/data/i18n/locale";
import { basePath } from "./base-path";

const ROOT_ELEMENT = '<div id="root"></div>';

function isPrerenderEntry(value: unknown): value is typeof PrerenderEntry {
  return (
    typeof value === "object" &&
    value !== null &&
    ["viewMarkup", "buildTimeViews"].every((name) => typeof Reflect.get(value, name) === "function")
  );
}

/**
 * `/` is the site's index and `/ja/` the Japanese one's; `/meetings/7` is `meetings/7.html`, which
 * static servers answer for it.
 */
export function fileForPath(path: string): string {
  const file = decodeURIComponent(path.slice(1));
  return file === "" || file.endsWith("/") ? `${file}index.html` : `${file}.html`;
}

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    css: z.array(z.string()).optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
  }),
);
type Manifest = z.infer<typeof ManifestSchema>;

/** The stylesheets a module's chunk and the chunks it imports bring, as Vite's manifest lists them. */
export function stylesheetsOf(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`the build manifest has no ${key}`);
  if (seen.has(key)) return [];
  seen.add(key);
  return [
    ...(chunk.css ?? []),
    ...(chunk.imports ?? []).flatMap((imported) => stylesheetsOf(manifest, imported, seen)),
  ];
}

/**
 * React writes a view's <title> first in its markup; the browser uses the first title in the
 * document, so it goes into the head in place of the page's default (React adopts it there).
 */
export function pageHtml(
  template: string,
  markup: string,
  rootAttributes: string,
  stylesheets: readonly string[],
  base = "/",
): string {
  const title = /^<title>[^<]*<\/title>/.exec(markup)?.[0];
  const body = title === undefined ? markup : markup.slice(title.length);
  const root = `<div id="root" ${rootAttributes}>${body}</div>`;
  const links = stylesheets
    .filter((file) => !template.includes(`${base}${file}"`))
    .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)
    .join("");
  const page = template
    .replace(ROOT_ELEMENT, () => root)
    .replace("</head>", () => `${links}</head>`);
  return title === undefined ? page : page.replace(/<title>[^<]*<\/title>/, () => title);
}

/** A compiled catalog in `locale`: `…/messages/ja.js` or `…/messages/<part>/ja.js`. */
function isCatalog(key: string, locale: Locale): boolean {
  return new RegExp(`/messages/(?:[^/]+/)?${locale}\\.js$`).test(key);
}

/**
 * The catalogs a view's lazy parts await before they hydrate, in one language: each part's
 * dynamic imports and its static imports', that are catalogs. Preloaded as the page starts (marked
 * `data-lazy`, held in a template until then) so that a prerendered view answers input as soon as
 * its code is there, not one request later, without delaying its first paint; like the parts' own
 * code, they are not the first screen's (scripts/bundle-sizes.ts).
 */
export function lazyCatalogs(
  manifest: Manifest,
  keys: readonly string[],
  locale: Locale,
  seen = new Set<string>(),
): string[] {
  const found: string[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) continue;
    for (const imported of chunk.dynamicImports ?? []) {
      if (isCatalog(imported, locale)) {
        const file = manifest[imported]?.file;
        if (file !== undefined) found.push(file);
      }
    }
    found.push(...lazyCatalogs(manifest, chunk.imports ?? [], locale, seen));
  }
  return [...new Set(found)];
}

/**
 * The message catalogs the first screen awaits (decision 019), in one language: the entry's dynamic
 * imports that are a `messages/<locale>.js` or the one chunk per language they are grouped into
 * (`first-screen-<locale>`, vite.config.ts), with the chunks those import. The page preloads them,
 * so they arrive with the app's script rather than after it, and the budget check counts them.
 */
export function firstScreenCatalogs(
  manifest: Manifest,
  template: string,
  locale: Locale,
): string[] {
  // The chunks the page's own <script> tags load (Rolldown may split the entry in two).
  const scripts = Object.values(manifest).filter((chunk) =>
    template.includes(`/${chunk.file}"></script>`),
  );
  return (
    scripts
      .flatMap((chunk) => chunk.dynamicImports ?? [])
      .filter((key) => isCatalog(key, locale) || key.startsWith(`_first-screen-${locale}-`))
      .flatMap((key) => [key, ...(manifest[key]?.imports ?? [])])
      .map((key) => manifest[key]?.file ?? "")
      .filter((file, i, all) => file !== "" && all.indexOf(file) === i)
      // Not those the page names already (its script, and what Vite preloads for it).
      .filter((file) => !template.includes(`/${file}"`))
  );
}

/**
 * The page's language on `<html>`, its other-language twin as `hreflang` alternates, and its
 * catalogs preloaded. `path` is the app path ("/ja/meetings/7"); `base` the site's base path.
 */
export function languageHead(
  page: string,
  path: string,
  catalogs: readonly string[],
  base = "/",
  viewCatalogs: readonly string[] = [],
): string {
  const locale = localeOfPath(path);
  const alternates = LOCALES.map(
    (other) =>
      `<link rel="alternate" hreflang="${other}" href="${escapeAttribute(base + inLocale(path, other).slice(1))}">`,
  ).join("");
  const lazy = viewCatalogs
    .filter((file) => !catalogs.includes(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}" data-lazy>`)
    .join("");
  const preloads = [
    ...catalogs.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
    // Inert until the page starts (src/app/main.tsx): fetched before the first paint, they would
    // compete with what it needs (and Lighthouse counts them as holding it back).
    ...(lazy === "" ? [] : [`<template id="lazy-catalogs">${lazy}</template>`]),
  ].join("");
  return page
    .replace(/<html lang="[^"]*"/, `<html lang="${HTML_LANG[locale]}"`)
    .replace("</head>", () => `${alternates}${preloads}</head>`);
}

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The app built for Node into `outDir`; its lazy chunks load from there while views render. */
async function loadEntry(outDir: string): Promise<typeof PrerenderEntry> {
  await build({
    logLevel: "warn",
    build: { ssr: "src/app/prerender.tsx", outDir, emptyOutDir: true, copyPublicDir: false },
  });
  // The chunks are ES modules (the message catalogs are awaited at their top), wherever they are.
  writeFileSync(join(outDir, "package.json"), '{ "type": "module" }\n');
  const entry: unknown = await import(pathToFileURL(join(outDir, "prerender.js")).href);
  if (!isPrerenderEntry(entry)) throw new Error("the prerender build lacks its exports");
  return entry;
}

export async function prerender(
  dist: string,
  only?: readonly string[],
  base = basePath(),
): Promise<number> {
  const manifestFile = join(dist, ".vite/manifest.json");
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestFile, "utf8")));
  const template = readFileSync(join(dist, "index.html"), "utf8");
  if (!template.includes(ROOT_ELEMENT)) {
    throw new Error(
      `${join(dist, "index.html")} has no empty ${ROOT_ELEMENT} (already prerendered? build again first)`,
    );
  }
  const outDir = mkdtempSync(join(tmpdir(), "prerender-"));
  try {
    const entry = await loadEntry(outDir);
    const dataFile = join(dist, "data/meetings.json");
    const dataset = validateDataset(JSON.parse(readFileSync(dataFile, "utf8")));
    const fingerprint = datasetFingerprint(dataset);
    const views = entry
      .buildTimeViews(dataset)
      .filter((view) => only === undefined || only.includes(view.path));
    for (const { path, lazyModules } of views) {
      const markup = await entry.viewMarkup(path, dataset);
      const stylesheets = [...new Set(lazyModules.flatMap((key) => stylesheetsOf(manifest, key)))];
      // The address the browser will have for this page, which main.tsx compares with its own.
      const address = `${base}${path.slice(1)}`;
      const attributes = `data-prerendered="${escapeAttribute(address)}" data-dataset="${fingerprint}"`;
      const file = join(dist, fileForPath(path));
      mkdirSync(dirname(file), { recursive: true });
      const locale = localeOfPath(path);
      const catalogs = firstScreenCatalogs(manifest, template, locale);
      const viewCatalogs = lazyCatalogs(manifest, lazyModules, locale);
      const page = pageHtml(template, markup, attributes, stylesheets, base);
      writeFileSync(file, languageHead(page, path, catalogs, base, viewCatalogs));
    }
    return views.length;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  const dist = option("--dist") ?? "dist";
  const only = option("--only")?.split(",");
  const started = performance.now();
  prerender(dist, only).then(
    (count) => {
      console.log(
        `prerendered ${count} views into ${dist} in ${Math.round(performance.now() - started)} ms`,
      );
    },
    (error: unknown) => {
      console.error(`prerender failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
