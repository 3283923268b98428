import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export type Asset = { file: string; raw: number; gzip: number };
export type BundleSizes = {
  assets: Asset[];
  /**
   * What index.html loads before any lazy chunk: its script, modulepreloads (the English message
   * catalogs among them) and stylesheets.
   */
  firstScreen: { files: string[]; gzip: number };
  /** The same for the Japanese home page, ja/index.html (decision 019); undefined before prerendering. */
  firstScreenJa: { files: string[]; gzip: number } | undefined;
  /** The lazy Leaflet chunk: Leaflet, react-leaflet and the map code (JS). */
  mapChunk: Asset | undefined;
  basemap: Asset;
};

function sizeOf(dir: string, file: string): Asset {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The assets a page loads before any lazy chunk, with their gzip total. */
function firstScreenOf(page: string, assets: readonly Asset[]) {
  const html = readFileSync(page, "utf8");
  // Under any base path: "/assets/…" or "/ajcpm/assets/…".
  // Every script, stylesheet and preload but those of a view's lazy parts (`data-lazy`).
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\sdata-lazy\b/.test(tag));
  const initial = tags.flatMap((tag) => {
    const file = /(?:src|href)="\/(?:[^"]*\/)?(assets\/[^"]+\.(?:js|css))"/.exec(tag)?.[1];
    return file === undefined ? [] : [file];
  });
  const files = assets.filter((a) => initial.includes(a.file));
  return { files: files.map((a) => a.file), gzip: files.reduce((s, a) => s + a.gzip, 0) };
}

export function measureBundle(dist = "dist"): BundleSizes {
  const assetDir = join(dist, "assets");
  const assets = readdirSync(assetDir)
    .filter((f) => statSync(join(assetDir, f)).isFile())
    .map((f) => sizeOf(dist, `assets/${f}`))
    .sort((a, b) => b.gzip - a.gzip);
  const japanese = join(dist, "ja/index.html");
  return {
    assets,
    firstScreen: firstScreenOf(join(dist, "index.html"), assets),
    firstScreenJa: existsSync(japanese) ? firstScreenOf(japanese, assets) : undefined,
    mapChunk: assets.find((a) => /assets\/leaflet-map-.*\.js$/.test(a.file)),
    basemap: sizeOf(dist, "data/basemap.json"),
  };
}

export const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The budgets the performance issue sets, in bytes of gzip. */
export const BUDGETS = {
  firstScreen: 100 * 1024,
  mapChunk: 50 * 1024,
  basemap: 60 * 1024,
};
