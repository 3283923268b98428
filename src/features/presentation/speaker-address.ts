/**
 * The speaker view's address for a slide's address as the page writes it (`href`: "/present/15",
 * "/ajcpm/present/m.7~end/2?title=…", or "#/present/15" in the one-file build): the same slide
 * with `view=speaker` in its query. A hash address keeps the page (the file) and changes the hash.
 */
export function speakerViewAddress(href: string): string {
  const hash = href.indexOf("#");
  const path = hash === -1 ? href : href.slice(hash);
  const withView = path.includes("?") ? `${path}&view=speaker` : `${path}?view=speaker`;
  if (hash === -1) return withView;
  // The one-file build: the file itself, then the app's address after the "#".
  return `${window.location.pathname}${withView}`;
}
