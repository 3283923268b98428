import * as z from "zod/mini";
import { loadCatalogs } from "./i18n/catalogs";

/*
 * zod/mini ships without messages: its own (a wrong type, a value not among those allowed) come
 * from zod's locale for the page's language, so that they read like ours around them. Loaded as
 * the message catalogs are (only the page's language in the browser), and chosen as each problem
 * is named, so that a Japanese page, or a test under setActiveLocale("ja"), gets Japanese.
 */
const zodLocales = loadCatalogs({
  en: () => import("zod/v4/locales/en.js"),
  ja: () => import("zod/v4/locales/ja.js"),
});

const errorMaps = new Map<unknown, z.core.$ZodErrorMap>();

z.config({
  localeError: (issue) => {
    const locale = zodLocales();
    let map = errorMaps.get(locale);
    if (map === undefined) {
      map = locale().localeError;
      errorMaps.set(locale, map);
    }
    return map(issue);
  },
});
