import { expect, test } from "vitest";
import { indexDataset } from "../../../src/data/dataset-index";
import {
  defaultDeck,
  keyFactsDeck,
  meetingOfSlide,
  parseDeckOptions,
  resolveDeck,
  slideOfMeeting,
  textPieces,
  type DeckOptions,
  type Slide,
  type SlideRef,
} from "../../../src/data/deck";
import { coverParams, decodeDeck, encodeDeck, readCover } from "../../../src/data/deck-address";
import { setActiveLocale } from "../../../src/data/i18n/locale";
import { slideLabel } from "../../../src/data/slide-label";
import { realDataset } from "../helpers/real-dataset";

const index = indexDataset(realDataset);
const buildDeck = (_index: typeof index, options: DeckOptions): Slide[] =>
  resolveDeck(index, defaultDeck(index, options)).slides;
const describe = (slides: Slide[]) =>
  slides.map((s) =>
    s.kind === "meeting"
      ? s.meeting.id
      : s.kind === "achievement"
        ? `${s.meeting.id}.${s.n}`
        : s.kind,
  );

test("the full deck: title, overview, each entry with its achievements, closing", () => {
  const slides = buildDeck(index, parseDeckOptions(new URLSearchParams()));
  const ids = describe(slides);
  expect(ids.slice(0, 3)).toEqual(["title", "overview", "1"]);
  // The 7th's first achievement (702 characters) goes on to a second slide.
  expect(ids.slice(ids.indexOf("7"), ids.indexOf("7") + 6)).toEqual([
    "7",
    "7.1",
    "7.1",
    "7.2",
    "7.3",
    "7.4",
  ]);
  expect(ids.at(-1)).toBe("closing");
  // Title and overview, 19 entries, 26 achievements (one of them on two slides), closing.
  expect(slides).toHaveLength(2 + 19 + 27 + 1);
});

test("a deck narrowed to meetings 5 to 8 keeps the related event between them", () => {
  const slides = buildDeck(index, parseDeckOptions(new URLSearchParams("from=5&to=8")));
  expect(describe(slides)).toEqual([
    "title",
    "overview",
    "5",
    "5.1",
    "5.2",
    "5.3",
    "5.4",
    "ministerial-2013",
    "ministerial-2013.1",
    "6",
    "7",
    "7.1",
    "7.1",
    "7.2",
    "7.3",
    "7.4",
    "8",
    "closing",
  ]);
});

test("achievement slides can be left out", () => {
  const slides = buildDeck(
    index,
    parseDeckOptions(new URLSearchParams("from=5&to=8&achievements=off")),
  );
  expect(describe(slides)).toEqual([
    "title",
    "overview",
    "5",
    "ministerial-2013",
    "6",
    "7",
    "8",
    "closing",
  ]);
});

test("a range that matches nothing leaves the title, overview and closing", () => {
  expect(describe(buildDeck(index, { from: 40, to: 50, achievements: true }))).toEqual([
    "title",
    "overview",
    "closing",
  ]);
});

test("slides find their meeting and meetings their slide; labels read well", () => {
  const slides = buildDeck(index, parseDeckOptions(new URLSearchParams()));
  const n = slideOfMeeting(slides, "7");
  expect(n).toBeDefined();
  const seventh = slides[(n ?? 0) - 1];
  expect(seventh === undefined ? undefined : meetingOfSlide(seventh)?.id).toBe("7");
  const achievement = slides[n ?? 0];
  expect(achievement === undefined ? "" : slideLabel(achievement)).toMatch(
    /^7th meeting, achievement 1 of 4: Confirming the progress/,
  );
  expect(slideOfMeeting(slides, "nope")).toBeUndefined();
  // On a Japanese page the label is Japanese around the source's English title.
  setActiveLocale("ja");
  try {
    expect(achievement === undefined ? "" : slideLabel(achievement)).toMatch(
      /^第7回会合、成果 1／4：Confirming the progress/,
    );
  } finally {
    setActiveLocale("en");
  }
});

test("a composed deck survives its address: every kind of slide, in order, with its words", () => {
  const refs: SlideRef[] = [
    { kind: "title" },
    { kind: "overview" },
    { kind: "timeline" },
    { kind: "meeting", id: "ministerial-2013" },
    { kind: "achievement", id: "7", n: 2 },
    { kind: "text", title: "Key messages — 要点", body: "First ~ point\nSecond: 50% & more" },
    { kind: "closing" },
  ];
  const code = encodeDeck(refs);
  expect(code).toMatch(/^title~map~timeline~m\.ministerial-2013~a\.7\.2~t\.[\w-]+~end$/);
  expect(decodeDeck(code)).toEqual({ refs, ignored: [] });
  const cover = {
    title: "Briefing for the Minister",
    presenter: "Policy Division",
    date: "1 Dec 2026",
    minutes: 10,
  };
  expect(readCover(coverParams(cover))).toEqual(cover);
});

test("a mangled deck address shows what it can and names the slides it lost", () => {
  const { refs, ignored } = decodeDeck("title~m.7~<script>~a.7.0~t.%%%~end");
  expect(refs).toEqual([{ kind: "title" }, { kind: "meeting", id: "7" }, { kind: "closing" }]);
  expect(ignored).toEqual([3, 4, 5]);
  // A slide the dataset does not have is left out too, and counted.
  expect(resolveDeck(index, [{ kind: "meeting", id: "99" }]).missing).toEqual([
    { kind: "meeting", id: "99" },
  ]);
});

test("the Key facts deck keeps meetings with recorded details and lists the rest to add back", () => {
  const { refs, leftOut } = keyFactsDeck(index);
  expect(refs.slice(0, 3)).toEqual([{ kind: "title" }, { kind: "overview" }, { kind: "timeline" }]);
  expect(refs.at(-1)).toEqual({ kind: "closing" });
  const kept = refs.flatMap((ref) => (ref.kind === "meeting" ? [ref.id] : []));
  expect(kept).toContain("7");
  expect(kept).toContain("17");
  // The 11th, 15th and 16th are mostly "not recorded": left out, and said to be.
  expect(leftOut.map((m) => m.id)).toEqual(expect.arrayContaining(["11", "15", "16"]));
  expect(kept).not.toContain("16");
  expect(kept.length + leftOut.length).toBe(index.order.length);
});

test("a long text goes on to (continued) slides, cut after a sentence", () => {
  const sentence = "The participants agreed to continue the joint exercises next year. ";
  const text = sentence.repeat(12);
  const pieces = textPieces(text, 420);
  expect(pieces.length).toBeGreaterThan(1);
  expect(pieces.every((piece) => piece.length <= 420)).toBe(true);
  expect(pieces.every((piece) => piece.endsWith("."))).toBe(true);
  expect(pieces.join(" ")).toBe(text.trim());
  const { slides } = resolveDeck(index, [{ kind: "text", title: "Background", body: text }]);
  expect(slides.map((s) => slideLabel(s))).toEqual([
    "Background",
    ...Array.from({ length: pieces.length - 1 }, () => "Background (continued)"),
  ]);
});
