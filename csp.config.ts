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
