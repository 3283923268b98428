import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export type Asset = { file: string; raw: number; gzip: number };
export type BundleSizes = {
  assets: Asset[];
  /** What index.html loads before any lazy chunk: its script, modulepreloads and stylesheets. */
  firstScreen: { files: string[]; gzip: number };
  /** The lazy Leaflet chunk: Leaflet, react-leaflet and the map code (JS). */
  mapChunk: Asset | undefined;
  basemap: Asset;
};

function sizeOf(dir: string, file: string): Asset {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function measureBundle(dist = "dist"): BundleSizes {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  // Under any base path: "/assets/…" or "/ajcpm/assets/…".
  const initial = [
    ...html.matchAll(/(?:src|href)="\/(?:[^"]*\/)?(assets\/[^"]+\.(?:js|css))"/g),
  ].map((m) => m[1] ?? "");
  const assetDir = join(dist, "assets");
  const assets = readdirSync(assetDir)
    .filter((f) => statSync(join(assetDir, f)).isFile())
    .map((f) => sizeOf(dist, `assets/${f}`))
    .sort((a, b) => b.gzip - a.gzip);
  const firstScreen = assets.filter((a) => initial.includes(a.file));
  return {
    assets,
    firstScreen: {
      files: firstScreen.map((a) => a.file),
      gzip: firstScreen.reduce((s, a) => s + a.gzip, 0),
    },
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
