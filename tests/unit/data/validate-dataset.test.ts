import { expect, test } from "vitest";
import { DatasetError } from "../../../src/data/dataset-error";
import { validateDataset } from "../../../src/data/validate-dataset";
import { buildDataset, buildMeeting } from "../helpers/builders";

function problemsOf(json: unknown): string[] {
  try {
    validateDataset(json);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

test("a well-formed dataset passes unchanged", () => {
  const dataset = buildDataset();
  expect(validateDataset(dataset)).toEqual(dataset);
});

test("a meeting missing its sources is named by its path", () => {
  const meeting: Record<string, unknown> = { ...buildMeeting() };
  delete meeting.sources;
  const problems = problemsOf({
    ...buildDataset(),
    meetings: [buildMeeting({ number: 2 }), meeting],
  });
  expect(problems).toEqual([expect.stringMatching(/^meetings\[1\]\.sources: /)]);
});

test("a meeting with an empty source list is rejected", () => {
  const problems = problemsOf(buildDataset({ meetings: [buildMeeting({ sources: [] })] }));
  expect(problems).toEqual(["meetings[0].sources: every record must name at least one source"]);
});

test("a venue reference that points nowhere is a problem at meetings[i].location.venueId", () => {
  const meeting = buildMeeting({ location: { mode: "in-person", venueId: "atlantis" } });
  expect(problemsOf(buildDataset({ meetings: [meeting] }))).toEqual([
    'meetings[0].location.venueId: no venue has the id "atlantis"',
  ]);
});

test("a citation of an unknown source is a problem", () => {
  const meeting = buildMeeting({ sources: [{ sourceId: "rumour", supports: "everything" }] });
  expect(problemsOf(buildDataset({ meetings: [meeting] }))).toEqual([
    'meetings[0].sources[0].sourceId: no source has the id "rumour"',
  ]);
});

test("duplicate meeting ids and numbers are both reported", () => {
  const problems = problemsOf(buildDataset({ meetings: [buildMeeting(), buildMeeting()] }));
  expect(problems).toContain('meetings[1].id: duplicate id "1", also meetings[0]');
  expect(problems).toContain("meetings[1].number: meeting number 1 is also used by meetings[0]");
});

test("dates must be real calendar shapes at a stated precision", () => {
  const meeting = buildMeeting({ date: { precision: "month", month: "2014-13" } });
  expect(problemsOf(buildDataset({ meetings: [meeting] }))).toEqual([
    "meetings[0].date.month: must be a month as YYYY-MM",
  ]);
});

test("the 9th of ten meetings repeating the 7th's id names both places", () => {
  const meetings = Array.from({ length: 10 }, (_, i) =>
    buildMeeting({ id: i === 9 ? "8" : String(i + 1), number: i + 1 }),
  );
  expect(problemsOf(buildDataset({ meetings }))).toContain(
    'meetings[9].id: duplicate id "8", also meetings[7]',
  );
});

test("a day that is not in the calendar is refused, with its path", () => {
  const problems = (start: string) =>
    problemsOf(buildDataset({ meetings: [buildMeeting({ date: { precision: "day", start } })] }));
  expect(problems("2014-13-45")).toEqual([
    "meetings[0].date.start: must be a day in the calendar, written YYYY-MM-DD",
  ]);
  expect(problems("2015-02-29")).toEqual([
    "meetings[0].date.start: must be a day in the calendar, written YYYY-MM-DD",
  ]);
  expect(problems("2014-04-31")).toHaveLength(1);
  expect(problems("1900-02-29")).toHaveLength(1);
  // Leap days in leap years are real days.
  expect(problems("2016-02-29")).toEqual([]);
  expect(problems("2000-02-29")).toEqual([]);
});

test("a day range that ends before it starts is rejected", () => {
  const meeting = buildMeeting({
    date: { precision: "day", start: "2014-10-08", end: "2014-10-07" },
  });
  expect(problemsOf(buildDataset({ meetings: [meeting] }))).toEqual([
    "meetings[0].date.end: ends before it starts",
  ]);
});

test("a source address must be http or https", () => {
  const dataset = buildDataset();
  const json = { ...dataset, sources: [{ ...dataset.sources[0], url: "javascript:alert(1)" }] };
  expect(problemsOf(json)).toEqual(["sources[0].url: must be an http: or https: address"]);
});

test("unknown fields are rejected so typos do not pass silently", () => {
  const json = { ...buildDataset(), meetings: [{ ...buildMeeting(), cochairs: [] }] };
  expect(problemsOf(json)[0]).toMatch(/^meetings\[0\]: .*cochairs/);
});

test("several problems are all reported at once", () => {
  const json = { version: 2, series: {}, sources: [], venues: "none", meetings: [] };
  expect(problemsOf(json).length).toBeGreaterThanOrEqual(4);
});

test("the error message lists each problem on its own line", () => {
  expect(() => validateDataset({ version: 1 })).toThrow(/\n {2}series: /);
});

test("a field that may be 'not recorded' says what else it must be, not 'Invalid input'", () => {
  const problems = problemsOf({
    ...buildDataset(),
    meetings: [{ ...buildMeeting(), date: "next spring", summary: 5 }],
  });
  expect(problems).toEqual([
    expect.stringMatching(
      /^meetings\[0\]\.date: must be a date at its precision \(.*\), or "not recorded"$/,
    ),
    'meetings[0].summary: must be a summary, as text, or "not recorded"',
  ]);
});
