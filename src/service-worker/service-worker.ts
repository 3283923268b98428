/**
 * The offline service worker (docs/decisions/008). Built as its own entry, `/sw.js`; the build
 * writes the list of files and a version made from their contents in place of PRECACHE.
 *
 * - The app's hashed files never change, so they come from the cache first.
 * - The page itself and the data files can change without a rebuild (a ministry swaps in its own
 *   meetings.json), so they come from the network when it answers quickly, and from the cache
 *   otherwise; every good answer refreshes the cache. That is how new data is never hidden.
 */

/// <reference lib="webworker" />
// A module-scoped declaration narrows the worker's `self` to the service-worker scope.
declare let self: ServiceWorkerGlobalScope;
export {};

type Precache = { version: string; base: string; files: string[] };

function readPrecache(text: string): Precache {
  const value: unknown = JSON.parse(text);
  if (
    typeof value === "object" &&
    value !== null &&
    "version" in value &&
    typeof value.version === "string" &&
    "base" in value &&
    typeof value.base === "string" &&
    "files" in value &&
    Array.isArray(value.files)
  ) {
    const files = value.files.filter((file): file is string => typeof file === "string");
    return { version: value.version, base: value.base, files };
  }
  throw new Error("The build did not write the list of files to keep offline.");
}

const PRECACHE = readPrecache("__PRECACHE__");
const CACHE_PREFIX = "ajcm-";
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const NETWORK_WAIT_MS = 3000;
const SHELL = `${PRECACHE.base}index.html`;

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  await cache.addAll(PRECACHE.files.map((file) => `${PRECACHE.base}${file}`));
  // A new version takes over at once; the page reloads itself when it sees the change.
  await self.skipWaiting();
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)),
  );
  await self.clients.claim();
}

async function fromCache(request: Request | string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  // Hashed files never change, so a Vary header (the preview server sends one) must not cause a miss.
  return cache.match(request, { ignoreVary: true });
}

/** The network if it answers well within a few seconds, else the cache; a good answer is kept. */
async function networkFirst(request: Request, cacheKey: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  });
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(() => {
      resolve(undefined);
    }, NETWORK_WAIT_MS),
  );
  try {
    const first = await Promise.race([network, timeout]);
    if (first?.ok) return first;
  } catch {
    // Offline or refused: the cached copy answers below.
  }
  const cached = await cache.match(cacheKey, { ignoreVary: true });
  if (cached !== undefined) return cached;
  return network;
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await fromCache(request)) ?? fetch(request);
}

function respond(event: FetchEvent): void {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(PRECACHE.base)) return;
  if (request.mode === "navigate") {
    // Every route of the single-page app is the same page.
    event.respondWith(networkFirst(request, SHELL));
    return;
  }
  if (url.pathname.startsWith(`${PRECACHE.base}data/`)) {
    event.respondWith(networkFirst(request, url.pathname));
    return;
  }
  event.respondWith(cacheFirst(request));
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});
self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});
self.addEventListener("fetch", respond);
