import { expect, test } from "vitest";
import {
  readBriefingFile,
  writeBriefingFile,
  type Briefing,
} from "../../../src/data/briefing-file";
import { DatasetError } from "../../../src/data/dataset-error";

const briefing: Briefing = {
  name: "For the Minister",
  cover: {
    title: "ASEAN cyber cooperation",
    presenter: "Policy Division",
    date: "1 Dec 2026",
    minutes: 10,
  },
  refs: [
    { kind: "title" },
    { kind: "meeting", id: "7" },
    { kind: "achievement", id: "7", n: 2 },
    { kind: "text", title: "Questions", body: "Budget?\nNext host?" },
    { kind: "closing" },
  ],
  notes: { "m.7": "Keio Plaza, two days.", title: "Welcome." },
};

function problemsOf(text: string): string[] {
  try {
    readBriefingFile(text, "deck.briefing.json");
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

test("a briefing file round-trips: slides, title slide, duration and notes", () => {
  expect(readBriefingFile(writeBriefingFile(briefing), "x.briefing.json")).toEqual(briefing);
});

test("a file that is not JSON, or not a briefing, is refused with each problem's path", () => {
  expect(problemsOf("<script>")).toEqual([
    expect.stringMatching(/^deck\.briefing\.json: is not a briefing file: not JSON/),
  ]);
  const file: unknown = JSON.parse(writeBriefingFile(briefing));
  const broken = JSON.stringify({
    ...Object(file),
    version: 2,
    slides: [
      { kind: "title" },
      { kind: "video", url: "x" },
      { kind: "achievement", id: "7", n: 0 },
    ],
  });
  const problems = problemsOf(broken);
  expect(problems.some((p) => p.startsWith("version:"))).toBe(true);
  expect(problems.some((p) => p.startsWith("slides[1]"))).toBe(true);
  expect(problems.some((p) => p.startsWith("slides[2].n:"))).toBe(true);
});

test("text longer than a slide may hold is refused, not cut", () => {
  const long = writeBriefingFile({
    ...briefing,
    refs: [{ kind: "text", title: "x", body: "a".repeat(2001) }],
    notes: {},
  });
  expect(problemsOf(long)).toEqual(["slides[0].body: must be at most 2000 characters"]);
});
