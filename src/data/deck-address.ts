import type { DeckCover, SlideRef } from "./deck";

/*
 * A composed deck lives in the address, so that it is shareable and survives a reload:
 * `/present/title~map~timeline~m.7~a.7.2~t.<text>~end/3?title=…&by=…&date=…&minutes=10`.
 * Each slide is a short token; a text slide carries its words as base64url-encoded UTF-8 JSON.
 */

const SEPARATOR = "~";
/** A deck's address stays well under what browsers and servers accept (~8 KB). */
export const MAX_SLIDES = 300;
export const MAX_TEXT = 2000;

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
  try {
    const binary = atob(code.replaceAll("-", "+").replaceAll("_", "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

/** One slide's token: "title", "map", "timeline", "end", "m.7", "a.7.2", "t.<base64url>". */
export function slideToken(ref: SlideRef): string {
  switch (ref.kind) {
    case "title":
      return "title";
    case "overview":
      return "map";
    case "timeline":
      return "timeline";
    case "closing":
      return "end";
    case "meeting":
      return `m.${ref.id}`;
    case "achievement":
      return `a.${ref.id}.${String(ref.n)}`;
    case "text":
      return `t.${toBase64Url(JSON.stringify([ref.title, ref.body]))}`;
  }
}

/** The deck as one path segment. */
export function encodeDeck(refs: readonly SlideRef[]): string {
  return refs.map(slideToken).join(SEPARATOR);
}

function readText(code: string): SlideRef | undefined {
  const json = fromBase64Url(code);
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const title: unknown = value[0];
  const body: unknown = value[1];
  if (typeof title !== "string" || typeof body !== "string") return undefined;
  if (title.length > MAX_TEXT || body.length > MAX_TEXT) return undefined;
  return { kind: "text", title, body };
}

function readToken(token: string): SlideRef | undefined {
  switch (token) {
    case "title":
      return { kind: "title" };
    case "map":
      return { kind: "overview" };
    case "timeline":
      return { kind: "timeline" };
    case "end":
      return { kind: "closing" };
  }
  const meeting = /^m\.([a-z0-9][a-z0-9-]*)$/.exec(token);
  if (meeting?.[1] !== undefined) return { kind: "meeting", id: meeting[1] };
  const achievement = /^a\.([a-z0-9][a-z0-9-]*)\.([1-9]\d{0,2})$/.exec(token);
  if (achievement?.[1] !== undefined && achievement[2] !== undefined) {
    return { kind: "achievement", id: achievement[1], n: Number(achievement[2]) };
  }
  if (token.startsWith("t.")) return readText(token.slice(2));
  return undefined;
}

/**
 * The deck a path segment names. Tokens that are not understood are left out and listed in
 * `ignored` (by position, 1-based), so a mangled link still shows what it can and says what it lost.
 */
export function decodeDeck(code: string): { refs: SlideRef[]; ignored: number[] } {
  const refs: SlideRef[] = [];
  const ignored: number[] = [];
  code
    .split(SEPARATOR)
    .slice(0, MAX_SLIDES)
    .forEach((token, i) => {
      const ref = readToken(token);
      if (ref === undefined) ignored.push(i + 1);
      else refs.push(ref);
    });
  return { refs, ignored };
}

/** The title slide's words and the target duration, from the address's query. */
export function readCover(params: URLSearchParams): DeckCover {
  const text = (key: string) => (params.get(key) ?? "").slice(0, 200);
  const minutes = params.get("minutes");
  return {
    title: text("title"),
    presenter: text("by"),
    date: text("date"),
    minutes:
      minutes !== null && /^\d{1,3}$/.test(minutes) && Number(minutes) > 0
        ? Number(minutes)
        : undefined,
  };
}

/** The cover as query parameters (empty values left out). */
export function coverParams(cover: DeckCover): URLSearchParams {
  const params = new URLSearchParams();
  if (cover.title !== "") params.set("title", cover.title);
  if (cover.presenter !== "") params.set("by", cover.presenter);
  if (cover.date !== "") params.set("date", cover.date);
  if (cover.minutes !== undefined) params.set("minutes", String(cover.minutes));
  return params;
}

/** The address of slide `n` (1-based) of a composed deck. */
export function composedSlidePath(refs: readonly SlideRef[], cover: DeckCover, n: number): string {
  const query = coverParams(cover).toString();
  return `/present/${encodeDeck(refs)}/${String(n)}${query === "" ? "" : `?${query}`}`;
}
