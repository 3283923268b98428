/** The optional map tiles are the only thing the app may load from another host. */
export const TILE_HOST = "https://tile.openstreetmap.org";

/**
 * The Content-Security-Policy of the built app: scripts only from this origin (no inline script,
 * no eval), styles only from files, images from here, data: (Leaflet's icons) and the tile host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${TILE_HOST}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The policy of the one-file build (`npm run build:single`): its script and styles are inline, so
 * they are allowed by hash; it loads nothing else but the optional tiles.
 */
export function singleFilePolicy(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    `style-src ${styleHashes.join(" ")}`,
    `img-src data: ${TILE_HOST}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
