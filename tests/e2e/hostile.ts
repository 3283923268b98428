import type { Page } from "@playwright/test";

/** Script-carrying strings of the kinds that have hit timeline tools before. */
export const PAYLOADS = [
  `<script>window.__xss=1;console.log("XSS-MARKER")</script>`,
  `<img src=x onerror="console.log('XSS-MARKER');alert(1)">`,
  `<svg onload="console.log('XSS-MARKER')"><script>alert(1)</script></svg>`,
  "javascript:alert('XSS-MARKER')",
  "data:text/html,<script>alert('XSS-MARKER')</script>",
  `"><iframe src="javascript:alert('XSS-MARKER')"></iframe>`,
  "{{constructor.constructor('alert(1)')()}}",
  `<a href="javascript:alert('XSS-MARKER')">click</a>`,
  "<style>body{display:none}</style>",
  "</title><script>alert('XSS-MARKER')</script>",
];

/** Fields whose text any string may fill without breaking the schema (ids, dates and codes may not). */
const FREE_TEXT = new Set([
  "title",
  "name",
  "summary",
  "attendees",
  "text",
  "supports",
  "publisher",
  "note",
  "role",
  "organisation",
  "seriesName",
  "label",
  "city",
  "abbreviation",
]);
const FREE_TEXT_LISTS = new Set(["hosts", "notes"]);

let n = 0;
function payload(): string {
  n += 1;
  return `${PAYLOADS[n % PAYLOADS.length] ?? ""} #${n}`;
}

export function poison(value: unknown, key = ""): unknown {
  if (typeof value === "string") return FREE_TEXT.has(key) ? payload() : value;
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (FREE_TEXT_LISTS.has(key) ? payload() : poison(item, key)));
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

/** Records any dialog or console line a payload would cause. */
export function watchForScript(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().includes("XSS-MARKER")) seen.push(`console: ${message.text()}`);
  });
  return seen;
}
