import { decodeHTML } from "entities";

/**
 * TimelineJS headlines and texts may hold HTML. The app shows data as text only, so tags become
 * nothing (inline) or line breaks (paragraphs, list items as "• …") and entities their characters (`entities`, the parser's own decoder):
 * "<p>Tokyo &amp; Bangkok</p>" → "Tokyo & Bangkok". Nothing here is ever put into the page as HTML.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<br\s*\/?>|<\/?(p|div|ul|ol|li|h[1-6]|blockquote|table|tr)\b[^>]*>/gi, "\n")
    // Inline tags (<b>, <a>, <span>) join their words as written: "<b>Tokyo</b>." → "Tokyo.".
    .replace(/<[^>]*>/g, "");
  return decodeHTML(text)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
