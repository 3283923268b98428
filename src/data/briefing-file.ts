import * as z from "zod/mini";
import type { DeckCover, SlideRef } from "./deck";
import { MAX_SLIDES, MAX_TEXT, slideToken } from "./deck-address";
import { DatasetError } from "./dataset-error";
import { problemText } from "./problem-text";
import { schemaProblems } from "./schema-problems";
// zod's own messages, in the page's language.
import "./zod-locale";

/*
 * A briefing saved as a file (`*.briefing.json`, decision 014): the deck, its title slide, the
 * target duration and the speaker notes, to carry to another laptop or send ahead. Opening one is
 * reading data from outside: it is checked against this schema, and every problem is named by its
 * path. Its text is only ever shown as text.
 */
export const BRIEFING_FORMAT = "ajcpm-briefing";
/** Larger files are refused before they are read as JSON. */
export const MAX_BRIEFING_BYTES = 1024 * 1024;

// Each message a function, so that it is written in the language of the page it is shown on.
const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: () => problemText().meetingId() }));
const text = (max: number) =>
  z.string().check(z.maxLength(max, { error: () => problemText().atMostCharacters({ max }) }));

export const BriefingSlideSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("title"), notes: z.optional(text(MAX_TEXT)) }),
  z.strictObject({ kind: z.literal("overview"), notes: z.optional(text(MAX_TEXT)) }),
  z.strictObject({ kind: z.literal("timeline"), notes: z.optional(text(MAX_TEXT)) }),
  z.strictObject({ kind: z.literal("closing"), notes: z.optional(text(MAX_TEXT)) }),
  z.strictObject({ kind: z.literal("meeting"), id, notes: z.optional(text(MAX_TEXT)) }),
  z.strictObject({
    kind: z.literal("achievement"),
    id,
    n: z.number().check(z.int(), z.minimum(1), z.maximum(999)),
    notes: z.optional(text(MAX_TEXT)),
  }),
  z.strictObject({
    kind: z.literal("text"),
    title: text(200),
    body: text(MAX_TEXT),
    notes: z.optional(text(MAX_TEXT)),
  }),
]);

export const BriefingFileSchema = z.strictObject({
  format: z.literal(BRIEFING_FORMAT),
  version: z.literal(1),
  name: text(200),
  cover: z.strictObject({
    title: text(200),
    presenter: text(200),
    date: text(200),
    minutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(999))),
  }),
  slides: z
    .array(BriefingSlideSchema)
    .check(
      z.maxLength(MAX_SLIDES, { error: () => problemText().atMostSlides({ max: MAX_SLIDES }) }),
    ),
});

export type BriefingFile = z.infer<typeof BriefingFileSchema>;

/** A briefing as the app holds it. */
export type Briefing = {
  name: string;
  cover: DeckCover;
  refs: SlideRef[];
  /** Speaker notes by slide token (deck-address.ts). */
  notes: Record<string, string>;
};

function refOf(slide: BriefingFile["slides"][number]): SlideRef {
  switch (slide.kind) {
    case "meeting":
      return { kind: "meeting", id: slide.id };
    case "achievement":
      return { kind: "achievement", id: slide.id, n: slide.n };
    case "text":
      return { kind: "text", title: slide.title, body: slide.body };
    default:
      return { kind: slide.kind };
  }
}

/**
 * Reads a briefing file's text. Throws a DatasetError naming each problem by path
 * (`slides[3].kind: …`) when it is not JSON or not a briefing.
 */
export function readBriefingFile(textContent: string, fileName: string): Briefing {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(
      [{ path: fileName, message: problemText().notBriefingJson({ detail }) }],
      problemText().briefingUnreadable(),
    );
  }
  const parsed = BriefingFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(schemaProblems(parsed.error.issues), problemText().briefingNotValid());
  }
  const file = parsed.data;
  const refs = file.slides.map(refOf);
  const notes: Record<string, string> = {};
  file.slides.forEach((slide, i) => {
    const ref = refs[i];
    if (slide.notes !== undefined && slide.notes.trim() !== "" && ref !== undefined) {
      notes[slideToken(ref)] = slide.notes;
    }
  });
  return {
    name: file.name,
    cover: {
      title: file.cover.title,
      presenter: file.cover.presenter,
      date: file.cover.date,
      minutes: file.cover.minutes,
    },
    refs,
    notes,
  };
}

/** The briefing as a file's text, pretty-printed for anyone who opens it in an editor. */
export function writeBriefingFile(briefing: Briefing): string {
  const file: BriefingFile = {
    format: BRIEFING_FORMAT,
    version: 1,
    name: briefing.name,
    cover: {
      title: briefing.cover.title,
      presenter: briefing.cover.presenter,
      date: briefing.cover.date,
      ...(briefing.cover.minutes === undefined ? {} : { minutes: briefing.cover.minutes }),
    },
    slides: briefing.refs.map((ref) => {
      const notes = briefing.notes[slideToken(ref)];
      return notes === undefined ? ref : { ...ref, notes };
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
