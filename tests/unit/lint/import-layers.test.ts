import { resolve } from "node:path";
import { ESLint, RuleTester, type Rule } from "eslint";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";
import { describe, test } from "vitest";

// RuleTester reports through describe/it; Vitest has them without globals.
RuleTester.describe = describe;
RuleTester.it = test;
RuleTester.itOnly = test.only;

const rule: Rule.RuleModule = boundaries.rules.dependencies;

// The project's own configuration, as ESLint resolves it for a file in src/.
const config: unknown = await new ESLint().calculateConfigForFile("src/features/timeline/x.ts");
const settings: unknown = Reflect.get(Object(config), "settings");
const entry: unknown = Reflect.get(
  Object(Reflect.get(Object(config), "rules")),
  "boundaries/dependencies",
);
if (typeof settings !== "object" || settings === null || !Array.isArray(entry)) {
  throw new Error("eslint.config.js does not configure boundaries/dependencies for src/");
}
const options: unknown = entry[1];

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
  settings: { ...settings },
});

/** A file in the real tree, so that each import resolves to a file that exists. */
const file = (path: string) => resolve("src", path);

// Every way one module can reach another: a static import, a lazy import(), and both re-exports.
const FORMS = [
  (target: string) => `import { x } from "${target}";`,
  (target: string) => `const load = () => import("${target}");`,
  (target: string) => `export { x } from "${target}";`,
  (target: string) => `export * from "${target}";`,
];

tester.run("boundaries/dependencies (the project's import layers)", rule, {
  valid: FORMS.flatMap((form) => [
    // A feature uses data, shared components and its own files.
    {
      code: form("../../data/paths"),
      filename: file("features/timeline/probe.ts"),
      options: [options],
    },
    {
      code: form("../../components/stable-link"),
      filename: file("features/timeline/probe.ts"),
      options: [options],
    },
    { code: form("./timeline"), filename: file("features/timeline/probe.ts"), options: [options] },
    // The app composes features.
    { code: form("../features/map/map-panel"), filename: file("app/probe.ts"), options: [options] },
    // Components use data.
    { code: form("../data/paths"), filename: file("components/probe.ts"), options: [options] },
    // Packages are outside the layers.
    { code: form("react"), filename: file("data/probe.ts"), options: [options] },
  ]),
  invalid: FORMS.flatMap((form) => [
    {
      code: form("../map/map-panel"),
      filename: file("features/timeline/probe.ts"),
      options: [options],
      errors: [{ message: /^feature may not import from feature 'map': / }],
    },
    {
      code: form("../app/app"),
      filename: file("data/probe.ts"),
      options: [options],
      errors: [{ message: /^data may not import from app: / }],
    },
    {
      code: form("../components/stable-link"),
      filename: file("data/probe.ts"),
      options: [options],
      errors: [{ message: /^data may not import from components: / }],
    },
    {
      code: form("../features/map/map-panel"),
      filename: file("components/probe.ts"),
      options: [options],
      errors: [{ message: /^components may not import from feature 'map': / }],
    },
    {
      code: form("../../app/app"),
      filename: file("features/map/probe.ts"),
      options: [options],
      errors: [{ message: /^feature may not import from app: / }],
    },
  ]),
});
