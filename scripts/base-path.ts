/**
 * The base path the app is served under (`/` at a site's root, `/ajcpm/` under a sub-path), read
 * from the BASE_PATH environment variable so that the build, the prerender step and the preview
 * server all agree: `BASE_PATH=/ajcpm/ npm run build`. Always starts and ends with "/".
 * Throws when the value is not a plain path (a scheme, a query, spaces).
 */
export function basePath(value: string | undefined = process.env.BASE_PATH): string {
  if (value === undefined || value === "" || value === "/") return "/";
  if (!/^\/?[\w.~-]+(?:\/[\w.~-]+)*\/?$/.test(value)) {
    throw new Error(
      `BASE_PATH must be a path such as /ajcpm/ (letters, digits, - . _ ~ and /), not "${value}"`,
    );
  }
  return `/${value.replace(/^\/|\/$/g, "")}/`;
}
