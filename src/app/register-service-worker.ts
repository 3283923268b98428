const PRESENTING = `${import.meta.env.BASE_URL}present`;
const CHECK_EVERY_MS = 2000;

function presenting(): boolean {
  return window.location.pathname.startsWith(PRESENTING);
}

/**
 * Registers the offline service worker. When a new version takes over, open pages reload so that
 * code and data come from the same version; a page in presenter mode waits until the briefing
 * leaves it, so a slide is never pulled from under a speaker.
 */
export function registerServiceWorker(): void {
  const container = navigator.serviceWorker;
  const updating = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    // The first install takes control of a page that already runs the newest code.
    if (!updating) return;
    if (!presenting()) {
      window.location.reload();
      return;
    }
    const timer = window.setInterval(() => {
      if (presenting()) return;
      window.clearInterval(timer);
      window.location.reload();
    }, CHECK_EVERY_MS);
  });
  container.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
    console.warn("The app will not work offline: its service worker did not register.", error);
  });
}
