const KEY = "ajcpm.reloaded-for-update";
/** A second failure this soon after reloading is not a deploy: the error is shown instead. */
const GRACE_MS = 30_000;

/**
 * After a new version is deployed, a page still running the old code asks for lazy parts that are
 * no longer there ("Failed to fetch dynamically imported module"). Vite reports each such failure
 * as `vite:preloadError`; the page then reloads once, at the same address, onto the new version:
 * the view, the meeting and, in presenter mode, the slide are kept. If the reloaded page fails
 * again straight away, the failure is real and the region's error view says so.
 */
export function recoverFromUpdate(): void {
  window.addEventListener("vite:preloadError", (event) => {
    let last = 0;
    try {
      last = Number(window.sessionStorage.getItem(KEY) ?? "0");
      window.sessionStorage.setItem(KEY, String(Date.now()));
    } catch {
      // Without session storage there is no guard against a loop: show the error instead.
      return;
    }
    if (Date.now() - last < GRACE_MS) return;
    event.preventDefault();
    // Hidden until the reload, so the failed part's error view does not flash on screen.
    document.documentElement.dataset.updating = "";
    window.location.reload();
  });
}
