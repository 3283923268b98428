// @ts-check
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import i18next from "eslint-plugin-i18next";
import tseslint from "typescript-eslint";

/**
 * Imports flow one way: data and components → features → app (docs/decisions/002). Each layer may
 * depend on the layers listed for it; a feature only on itself among the features. Static and
 * dynamic imports and re-exports all count: a lazy `import()` crosses a boundary just the same.
 * tests/unit/lint/import-layers.test.ts tries each form against each boundary.
 */
const layers = {
  plugins: { boundaries },
  settings: {
    "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    "boundaries/dependency-nodes": ["import", "dynamic-import", "export"],
    "boundaries/elements": [
      { type: "data", pattern: "src/data" },
      { type: "components", pattern: "src/components" },
      { type: "feature", pattern: "src/features/*", capture: ["feature"] },
      { type: "app", pattern: "src/app" },
    ],
  },
  rules: {
    "boundaries/dependencies": [
      "error",
      {
        default: "disallow",
        message:
          "{{from.element.type}} may not import from {{to.element.type}}{{#if to.element.captured.feature}} '{{to.element.captured.feature}}'{{/if}}: imports flow data/components → features → app, and a feature imports no other feature (compose them in src/app).",
        policies: [
          { from: { element: { type: "data" } }, allow: { to: { element: { type: "data" } } } },
          {
            from: { element: { type: "components" } },
            allow: { to: { element: { types: ["data", "components"] } } },
          },
          {
            from: { element: { type: "feature" } },
            allow: [
              { to: { element: { types: ["data", "components"] } } },
              {
                to: {
                  element: {
                    type: "feature",
                    captured: { feature: "{{ from.element.captured.feature }}" },
                  },
                },
              },
            ],
          },
          {
            from: { element: { type: "app" } },
            allow: { to: { element: { types: ["data", "components", "feature", "app"] } } },
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-base",
      "dist-single",
      "node_modules",
      "test-results",
      "playwright-report",
      "coverage",
      // Compiled message catalogs, written by scripts/compile-messages.ts.
      "src/**/messages/**/*.js",
      "src/**/messages/**/*.d.ts",
    ],
  },
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
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react-router",
              importNames: ["Link", "NavLink"],
              message:
                "Use StableLink (src/components/stable-link.tsx): React Router's links re-render on every navigation, which with a thousand meetings was most of a step's time (decision 007).",
            },
          ],
        },
      ],
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
    ...layers,
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Every word the UI shows comes from a message catalog (decision 019): text written in JSX, or
    // in an attribute a reader hears or sees, fails the lint. Punctuation and symbols may stay.
    files: ["src/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "aria-label",
              "aria-description",
              "title",
              "placeholder",
              "alt",
              "label",
              "summary",
            ],
          },
          // Punctuation, arrows and marks; and the choices an ICU select takes ("yes", "no").
          words: { exclude: ["[\\s0-9.,:;()（）［］…·←→↑↓▲▼●○?!/+=×–—⚠⠿-]*", "yes|no"] },
          // A command to type is not prose to translate.
          "jsx-components": { exclude: ["code"] },
          "object-properties": { exclude: ["lengthAdjust"] },
          message: "UI text belongs in a message catalog (messages/en.json, ja.json; decision 019)",
        },
      ],
    },
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
