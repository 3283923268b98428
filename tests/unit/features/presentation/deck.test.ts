import { expect, test } from "vitest";
import { indexDataset } from "../../../../src/data/dataset-index";
import {
  buildDeck,
  meetingOfSlide,
  parseDeckOptions,
  slideOfMeeting,
  type Slide,
} from "../../../../src/features/presentation/deck";
import { slideLabel } from "../../../../src/features/presentation/slide-label";
import { realDataset } from "../../helpers/real-dataset";

const index = indexDataset(realDataset);
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
  expect(ids.slice(ids.indexOf("7"), ids.indexOf("7") + 5)).toEqual([
    "7",
    "7.1",
    "7.2",
    "7.3",
    "7.4",
  ]);
  expect(ids.at(-1)).toBe("closing");
  // Title and overview, 19 entries, 26 achievements, closing.
  expect(slides).toHaveLength(2 + 19 + 26 + 1);
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
});
