const PRESENTING = `${import.meta.env.BASE_URL}present`;
const CHECK_EVERY_MS = 2000;

function presenting(): boolean {
  return window.location.pathname.startsWith(PRESENTING);
}

/** Reloads now, or, in presenter mode, once the briefing has left it. */
function reloadWhenNotPresenting(): void {
  if (!presenting()) {
    window.location.reload();
    return;
  }
  const timer = window.setInterval(() => {
    if (presenting()) return;
    window.clearInterval(timer);
    window.location.reload();
  }, CHECK_EVERY_MS);
}

/**
 * Registers the offline service worker (`sw.js` at the base path; its scope is the base path).
 * When a new version takes over a page, the page reloads so that code and data come from the same
 * version; a page in presenter mode waits until the briefing leaves it, so a slide is never pulled
 * from under a speaker (a lazy part that fails to load meanwhile reloads it at the same slide:
 * recover-from-update.ts). The first worker to take control of a page that had none is this
 * version's own, so that one change is not a reason to reload; every later one is.
 */
export function registerServiceWorker(): void {
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    reloadWhenNotPresenting();
  });
  container.register(`${import.meta.env.BASE_URL}sw.js`).then(
    (registration) => {
      // Said on the page, for tests and for anyone checking that the app works offline.
      document.documentElement.dataset.serviceWorker = "registered";
      // A tab left open for days still learns of a new version when it is looked at again.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") {
          registration.update().catch(() => undefined);
        }
      });
    },
    (error: unknown) => {
      console.warn("The app will not work offline: its service worker did not register.", error);
    },
  );
}
