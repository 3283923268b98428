// @ts-check
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import path from "node:path";
import tseslint from "typescript-eslint";

/**
 * Imports flow one way: data and components → features → app (docs/decisions/002).
 * Each layer lists the layers it may import from; a feature may not import another feature.
 */
const LAYERS = {
  data: ["data"],
  components: ["data", "components"],
  features: ["data", "components", "features"],
  app: ["data", "components", "features", "app"],
};

/** @param {string} file */
function layerOf(file) {
  const rel = path.relative(path.resolve("src"), file);
  if (rel.startsWith("..")) return undefined;
  const [top, feature] = rel.split(path.sep);
  if (top === undefined || !(top in LAYERS)) return undefined;
  return {
    layer: /** @type {keyof typeof LAYERS} */ (top),
    feature: top === "features" ? feature : undefined,
  };
}

const importDirection = {
  meta: {
    type: "problem",
    docs: { description: "Keeps imports flowing data/components → features → app" },
    schema: [],
    messages: {
      upward: "{{from}} may not import from {{to}}: imports flow data/components → features → app.",
      crossFeature: "Feature '{{from}}' may not import feature '{{to}}': compose them in src/app.",
    },
  },
  /** @param {import("eslint").Rule.RuleContext} context */
  create(context) {
    const here = layerOf(context.filename);
    if (here === undefined) return {};
    return {
      /** @param {import("estree").ImportDeclaration} node */
      ImportDeclaration(node) {
        const spec = String(node.source.value);
        if (!spec.startsWith(".")) return;
        const target = layerOf(path.resolve(path.dirname(context.filename), spec));
        if (target === undefined) return;
        if (!LAYERS[here.layer].includes(target.layer)) {
          context.report({
            node,
            messageId: "upward",
            data: { from: here.layer, to: target.layer },
          });
        } else if (
          here.layer === "features" &&
          target.layer === "features" &&
          here.feature !== target.feature
        ) {
          context.report({
            node,
            messageId: "crossFeature",
            data: { from: here.feature ?? "", to: target.feature ?? "" },
          });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render data as text only: a hostile dataset must not be able to inject markup.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { local: { rules: { "import-direction": importDirection } } },
    rules: { "local/import-direction": "error" },
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["**/*.tsx", "**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["tests/unit/**/*.{ts,tsx}"],
    ...testingLibrary.configs["flat/react"],
  },
  {
    files: ["eslint.config.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
