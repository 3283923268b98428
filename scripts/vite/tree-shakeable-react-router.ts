import type { Plugin } from "vite";

/**
 * React Router's production build defines its components as `X = React.forwardRef(...)` without a
 * pure annotation and then sets `X.displayName`, so a bundler must keep Link, NavLink, Form and
 * everything they use (prefetching, fetchers, form submission) even in an app that renders none of
 * them: ~4 KiB gzip of the first screen here. This marks the calls pure and drops the display names
 * (used only by developer tools), so unused components fall away like any unused function.
 */
export function treeShakeableReactRouter(): Plugin {
  return {
    name: "tree-shakeable-react-router",
    apply: "build",
    transform(code, id) {
      if (!id.includes("/node_modules/react-router/dist/production/")) return null;
      return code
        .replace(/= (React\d*)\.forwardRef\(/g, "= /* @__PURE__ */ $1.forwardRef(")
        .replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm, "");
    },
  };
}
