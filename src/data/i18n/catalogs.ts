import { activeLocale, LOCALES, type Locale } from "./locale";

type Loaders<M> = Record<Locale, () => Promise<{ default: M }>>;

/**
 * Whether only the page's language is loaded: in the built app in a browser. The build step that
 * prerenders views, Node scripts and tests load every language, since they render or check both.
 */
function pageLanguageOnly(): boolean {
  // Node scripts (tsx) run these modules with no `import.meta.env` at all. Vite replaces only this
  // exact spelling with the build's values: read through `Reflect`, the object is not there in the
  // browser, and every page loaded both languages.
  const env = viteEnv();
  return env !== undefined && env.PROD && !env.SSR && typeof window !== "undefined";
}

/** `import.meta.env` as the build wrote it in; undefined where no build did (Node scripts). */
function viteEnv(): ImportMetaEnv | undefined {
  return import.meta.env;
}

const pending = new Set<Promise<void>>();

/**
 * Starts loading one folder's compiled message catalogs (scripts/compile-messages.ts) and gives a
 * function that returns the one for the active locale:
 *
 *   export const timelineText = loadCatalogs({ en: () => import("./messages/en.js"), ja: … });
 *   sharedText().search()  // "Search" or "検索"
 *
 * Nothing waits here (a top-level await would cost the first screen a chunk of its own, decision
 * 019): the page starts, and every lazy part shows, only after `catalogsReady()`. Calling the
 * function before then throws, naming the locale.
 */
export function loadCatalogs<M>(loaders: Loaders<M>): () => M {
  const wanted: readonly Locale[] = pageLanguageOnly() ? [activeLocale()] : LOCALES;
  const loaded = new Map<Locale, M>();
  const loading = Promise.all(
    wanted.map(async (locale) => {
      loaded.set(locale, (await loaders[locale]()).default);
    }),
  ).then(() => {
    pending.delete(loading);
  });
  pending.add(loading);
  return () => {
    const catalog = loaded.get(activeLocale());
    if (catalog === undefined) throw new Error(`the ${activeLocale()} messages are not loaded yet`);
    return catalog;
  };
}

/**
 * Resolves once every catalog asked for so far has loaded; rejects when one cannot be (the
 * import's error). Awaited before the page renders (main.tsx), by each lazy part as it loads
 * (`withCatalogs`), and by scripts and tests before they format anything.
 */
export async function catalogsReady(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/** For `lazy(() => import("./part").then(withCatalogs))`: the part's module, once its words are here. */
export async function withCatalogs<T>(module: T): Promise<T> {
  await catalogsReady();
  return module;
}
