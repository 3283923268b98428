import { decodeHTML } from "entities";

/**
 * TimelineJS headlines and texts may hold HTML. The app shows data as text only, so tags become
 * spaces or paragraph breaks and entities their characters (`entities`, the parser's own decoder):
 * "<p>Tokyo &amp; Bangkok</p>" → "Tokyo & Bangkok". Nothing here is ever put into the page as HTML.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, "\n")
    .replace(/<[^>]*>/g, " ");
  return decodeHTML(text)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
