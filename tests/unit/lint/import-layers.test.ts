import { resolve } from "node:path";
import { RuleTester, type Rule } from "eslint";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";
import { describe, test } from "vitest";
import { layers } from "../../../eslint.config.js";

// RuleTester reports through describe/it; Vitest has them without globals.
RuleTester.describe = describe;
RuleTester.it = test;
RuleTester.itOnly = test.only;

const rule: Rule.RuleModule | undefined = boundaries.rules?.dependencies;
if (rule === undefined) throw new Error("eslint-plugin-boundaries has no 'dependencies' rule");
const [, options] = layers.rules["boundaries/dependencies"];

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
  settings: layers.settings,
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
