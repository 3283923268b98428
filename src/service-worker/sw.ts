/**
 * The offline service worker (docs/decisions/008), built with Workbox by vite-plugin-pwa
 * (injectManifest): the build writes the list of the app's files, each with a revision, in place
 * of `self.__WB_MANIFEST`, so any changed file makes a new worker that browsers install.
 *
 * - The app's hashed files never change: they come from the cache installed with the app.
 * - Pages and the data files can change without a rebuild (a ministry swaps in its own
 *   meetings.json): they come from the network when it answers within 3 s, else from the last
 *   good copy, else from the copy installed with the app. That is how new data is never hidden.
 */

/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst } from "workbox-strategies";
import type { WorkboxPlugin } from "workbox-core/types";

// A module-scoped declaration narrows the worker's `self` to the service-worker scope.
declare let self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: ({ url: string; revision: string | null } | string)[];
};

const NETWORK_WAIT_S = 3;
/** Where the app is served ("/" or a base path): the worker's own folder. */
const BASE = new URL("./", self.location.href).pathname;
const MANIFEST = self.__WB_MANIFEST;

/** A short name for this version of the app, from its files' revisions. */
function versionOf(entries: typeof MANIFEST): string {
  let hash = 0;
  for (const entry of entries) {
    const text = typeof entry === "string" ? entry : `${entry.url}@${entry.revision ?? ""}`;
    for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  }
  return (hash >>> 0).toString(36);
}
// Pages and data kept at run time belong to one version: a page of an older version names code
// that the new one no longer has, so they are dropped when a new version takes over.
const RUNTIME_PREFIX = "ajcpm-runtime-";
const RUNTIME_CACHE = `${RUNTIME_PREFIX}${versionOf(MANIFEST)}`;

/** When the network and the last good copy both fail, the copy installed with the app answers. */
function installedCopy(path: (request: Request) => string): WorkboxPlugin {
  return {
    handlerDidError: async ({ request }) => (await matchPrecache(path(request))) ?? undefined,
  };
}

// A new version takes over at once; the page decides when to reload (register-service-worker.ts).
void self.skipWaiting();
clientsClaim();

// Registered before the precache, so that these files are fetched afresh rather than from it.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${BASE}data/`),
  new NetworkFirst({
    cacheName: RUNTIME_CACHE,
    networkTimeoutSeconds: NETWORK_WAIT_S,
    plugins: [installedCopy((request) => new URL(request.url).pathname)],
  }),
);
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
  new NetworkFirst({
    cacheName: RUNTIME_CACHE,
    networkTimeoutSeconds: NETWORK_WAIT_S,
    // Any view renders from the app's own page (it reads the address), so it stands in for all.
    plugins: [installedCopy(() => `${BASE}index.html`)],
  }),
);
precacheAndRoute(MANIFEST);
cleanupOutdatedCaches();

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(RUNTIME_PREFIX) && name !== RUNTIME_CACHE)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
