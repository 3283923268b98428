/**
 * Compiles the UI's message catalogs (docs/decisions/019). Each `messages/` folder under `src` (or
 * folder inside one) holds `en.json` and `ja.json`: ICU MessageFormat strings by key, English first. This writes, beside
 * them, `en.js` and `ja.js` (the messages as functions, by `@messageformat/core`) and `en.d.ts`
 * (their keys and the values each takes), so a message that is missing or misnamed fails `tsc`.
 *
 *   tsx scripts/compile-messages.ts          write the compiled catalogs
 *   tsx scripts/compile-messages.ts --check  exit 1 when a catalog is out of date or incomplete
 *
 * Fails, naming the file and key, when a language lacks a message or has one the English lacks, when
 * a message is not valid ICU, or when two languages use one value differently (a number in one, a
 * choice in another).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import MessageFormat from "@messageformat/core";
import compileModule from "@messageformat/core/lib/compile-module.js";
import { parse, type Token } from "@messageformat/parser";
import * as z from "zod";

export const LOCALES = ["en", "ja"] as const;
const CatalogSource = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.string());

type ValueKind = "number" | "string" | "text";

/** The values a message takes: `{n, plural, …}` needs a number, `{kind, select, …}` a string. */
function valuesOf(tokens: readonly Token[], into = new Map<string, ValueKind>()) {
  for (const token of tokens) {
    if (token.type === "argument" || token.type === "function") {
      if (!into.has(token.arg)) into.set(token.arg, "text");
    } else if (token.type === "select") {
      into.set(token.arg, "string");
      for (const c of token.cases) valuesOf(c.tokens, into);
    } else if (token.type === "plural" || token.type === "selectordinal") {
      into.set(token.arg, "number");
      for (const c of token.cases) valuesOf(c.tokens, into);
    }
  }
  return into;
}

const TYPE_OF: Record<ValueKind, string> = {
  number: "number",
  string: "string",
  text: "string | number",
};

function typeOf(values: Map<string, ValueKind>): string {
  if (values.size === 0) return "() => string";
  const fields = [...values].sort().map(([name, kind]) => `${name}: ${TYPE_OF[kind]}`);
  return `(values: { ${fields.join("; ")} }) => string`;
}

function readCatalog(file: string): Record<string, string> {
  const parsed = CatalogSource.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}

/** The files one `messages/` folder compiles to, by name, or an error naming the file and key. */
export function compileFolder(folder: string): Map<string, string> {
  const sources = Object.fromEntries(
    LOCALES.map((locale) => [locale, readCatalog(join(folder, `${locale}.json`))]),
  );
  const english = sources.en ?? {};
  const allValues = new Map<string, Map<string, ValueKind>>();
  const out = new Map<string, string>();
  for (const locale of LOCALES) {
    const catalog = sources[locale] ?? {};
    const file = join(folder, `${locale}.json`);
    for (const key of Object.keys(english)) {
      if (!(key in catalog)) throw new Error(`${file}: no message "${key}" (en.json has it)`);
    }
    for (const [key, message] of Object.entries(catalog)) {
      if (!(key in english)) throw new Error(`${file}: "${key}" is not in en.json`);
      let tokens: Token[];
      try {
        tokens = parse(message);
      } catch (error) {
        throw new Error(
          `${file}: "${key}" is not ICU MessageFormat: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      const values = valuesOf(tokens);
      // The message takes every value any language uses (Japanese dates need no month name, the
      // English "7th" is written by code); a value must be used the same way in each language,
      // though one may print as text what another chooses by.
      const merged = allValues.get(key) ?? new Map<string, ValueKind>();
      for (const [name, kind] of values) {
        const before = merged.get(name);
        if (before === undefined || before === "text") merged.set(name, kind);
        else if (kind !== "text" && kind !== before) {
          throw new Error(
            `${file}: "${key}" uses {${name}} as a ${kind}, another language as a ${before}`,
          );
        }
      }
      allValues.set(key, merged);
    }
    const header = `// Compiled from ${locale}.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.\n`;
    // A message that is one value alone ("{year}") compiles to that value, a number perhaps: every
    // message returns text.
    const compiled = compileModule(new MessageFormat(locale), catalog).replace(
      /^(\s+\w+: \(d\) => )(d\.\w+)(,?)$/gm,
      "$1String($2)$3",
    );
    out.set(`${locale}.js`, header + compiled + "\n");
  }
  const fields = Object.keys(english)
    .map(
      (key) => `  readonly ${key}: ${typeOf(allValues.get(key) ?? new Map<string, ValueKind>())};`,
    )
    .join("\n");
  out.set(
    "en.d.ts",
    `// Written by scripts/compile-messages.ts from en.json.\nexport type Messages = {\n${fields}\n};\ndeclare const messages: Messages;\nexport default messages;\n`,
  );
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    out.set(
      `${locale}.d.ts`,
      `// Written by scripts/compile-messages.ts.\nimport type { Messages } from "./en.js";\ndeclare const messages: Messages;\nexport default messages;\n`,
    );
  }
  return out;
}

/**
 * Every catalog folder under `dir`: a `messages/` folder that holds an `en.json`, or a folder inside
 * one (`components/messages/first-screen/`), so that a part shown at once and parts loaded later
 * can have catalogs of their own.
 */
export function messageFolders(dir = "src", inMessages = false): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const catalogs = inMessages || name === "messages";
    if (catalogs && existsSync(join(path, "en.json"))) found.push(path);
    found.push(...messageFolders(path, catalogs));
  }
  return found.sort();
}

/** Writes (or, with `check`, compares) every folder's compiled files; returns the stale ones. */
export function compileMessages(check: boolean, dir = "src"): string[] {
  const stale: string[] = [];
  for (const folder of messageFolders(dir)) {
    for (const [name, text] of compileFolder(folder)) {
      const file = join(folder, name);
      if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
      stale.push(relative(process.cwd(), file));
      if (!check) writeFileSync(file, text);
    }
  }
  return stale;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  const check = process.argv.includes("--check");
  try {
    const stale = compileMessages(check);
    if (check && stale.length > 0) {
      console.error(`out of date (run npm run build:messages): ${stale.join(", ")}`);
      process.exitCode = 1;
    } else {
      console.log(
        check ? "message catalogs are complete and compiled" : `wrote ${stale.length} files`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
