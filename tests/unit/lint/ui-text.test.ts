import { ESLint } from "eslint";
import { expect, test } from "vitest";

// The project's own lint, on a component as a newcomer might write it (decision 019).
const eslint = new ESLint();

async function problems(code: string): Promise<string[]> {
  // The path of a file that exists, so that the type-aware parser accepts the text as that file.
  const [result] = await eslint.lintText(code, { filePath: "src/features/timeline/timeline.tsx" });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join("; "));
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "i18next/no-literal-string")
    .map((m) => m.message);
}

test("words written in JSX or in a label fail the lint: they belong in a message catalog", async () => {
  const component = (jsx: string) => `export function Part() {\n  return ${jsx};\n}\n`;
  expect(await problems(component("<p>Loading the map…</p>"))).toHaveLength(1);
  expect(await problems(component('<nav aria-label="Year shown">{1}</nav>'))).toHaveLength(1);
  expect((await problems(component("<button>Close</button>")))[0]).toMatch(/message catalog/);
  // The first lint builds the TypeScript program: seconds, not a fault.
}, 60_000);

test("catalog calls, punctuation, commands and class names pass", async () => {
  expect(
    await problems(
      [
        'import { timelineText } from "./messages";',
        "export function Hint() {",
        "  return (",
        '  <p className="timeline__hint" aria-label={timelineText().heading()}>',
        '    {timelineText().keysHint()} · <span aria-hidden="true">→</span> <code>npm run lint</code>',
        "  </p>",
        "  );",
        "}",
        "",
      ].join("\n"),
    ),
  ).toEqual([]);
});
