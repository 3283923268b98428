import { existsSync } from "node:fs";
import { BUDGETS, KiB, measureBundle } from "./bundle-sizes";

/**
 * `npm run check:budget [-- DIR]`: fails when a gzip size passes its budget. Run after
 * `npm run build` (DIR defaults to dist; a build under a base path is measured the same way).
 */
const dist = process.argv[2] ?? "dist";
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const sizes = measureBundle(dist);
const leaflet = sizes.assets.filter(
  (a) => /\/(leaflet|react-leaflet)/.test(a.file) && sizes.firstScreen.files.includes(a.file),
);
const rows: [string, number, number][] = [
  ["first screen (JS+CSS)", sizes.firstScreen.gzip, BUDGETS.firstScreen],
  // A build not yet prerendered has no Japanese page: that counts as over, not as passing.
  ["first screen, Japanese", sizes.firstScreenJa?.gzip ?? Infinity, BUDGETS.firstScreen],
  ["map chunk (JS)", sizes.mapChunk?.gzip ?? Infinity, BUDGETS.mapChunk],
  ["basemap.json", sizes.basemap.gzip, BUDGETS.basemap],
];
let failed = leaflet.length > 0;
if (failed)
  console.error(`Leaflet code is in the first screen: ${leaflet.map((a) => a.file).join(", ")}`);
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? "ok  " : "OVER"}  ${name.padEnd(24)} ${KiB(size).padStart(10)}  budget ${KiB(budget)}`,
  );
}
console.log(`first screen: ${sizes.firstScreen.files.join(", ")}`);
console.log(
  `first screen, Japanese: ${sizes.firstScreenJa?.files.join(", ") ?? "(no ja/index.html)"}`,
);
process.exit(failed ? 1 : 0);
