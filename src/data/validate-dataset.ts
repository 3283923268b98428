import { DatasetError, type DatasetProblem } from "./dataset-error";
import * as z from "zod/mini";
import { catalogsReady } from "./i18n/catalogs";
import { problemText } from "./problem-text";
import { schemaProblems } from "./schema-problems";
import { organisersOf, participantsOf } from "./series-parties";
import {
  NOT_RECORDED,
  DatasetSchema,
  MeetingSchema,
  type Dataset,
  type LocalizedText,
  type Meeting,
} from "./schema";

/** Checks what the schema cannot: unique ids and references that point at something. */
function findReferenceProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const venueIds = new Set(dataset.venues.map((v) => v.id));
  const meetingIds = new Set(dataset.meetings.map((m) => m.id));

  function checkUnique(items: readonly { id: string }[], collection: string) {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push({
          path: `${collection}[${i}].id`,
          message: problemText().duplicateId({
            id: item.id,
            other: `${collection}[${String(first)}]`,
          }),
        });
      } else {
        seen.set(item.id, i);
      }
    });
  }
  function checkCitations(citations: readonly { sourceId: string }[], at: string) {
    citations.forEach((c, i) => {
      if (!sourceIds.has(c.sourceId)) {
        problems.push({
          path: `${at}.sources[${i}].sourceId`,
          message: problemText().noSource({ id: c.sourceId }),
        });
      }
    });
  }

  /** A Japanese text's source must be in the dataset, as a citation's must. */
  function checkJapanese(value: LocalizedText, at: string) {
    if (typeof value === "string" || value.ja === undefined) return;
    if (!sourceIds.has(value.ja.sourceId)) {
      problems.push({
        path: `${at}.ja.sourceId`,
        message: problemText().noSource({ id: value.ja.sourceId }),
      });
    }
  }

  checkUnique(dataset.sources, "sources");
  checkJapanese(dataset.series.name, "series.name");
  participantsOf(dataset.series).forEach((country, i) => {
    checkJapanese(country.name, `series.participants[${i}].name`);
  });
  organisersOf(dataset.series).forEach((organiser, i) => {
    checkJapanese(organiser.name, `series.organisers[${i}].name`);
  });
  dataset.meetings.forEach((meeting, i) => {
    checkJapanese(meeting.seriesName, `meetings[${i}].seriesName`);
    if (meeting.coChairs === NOT_RECORDED) return;
    meeting.coChairs.forEach((chair, j) => {
      const printed = chair.printedName?.sourceId;
      if (printed !== undefined && !sourceIds.has(printed)) {
        problems.push({
          path: `meetings[${i}].coChairs[${j}].printedName.sourceId`,
          message: problemText().noSource({ id: printed }),
        });
      }
    });
  });
  checkUnique(dataset.venues, "venues");
  checkUnique(dataset.meetings, "meetings");
  checkCitations(dataset.series.sources, "series");
  const codes = new Set<string>();
  participantsOf(dataset.series).forEach((country, i) => {
    if (codes.has(country.code)) {
      problems.push({
        path: `series.participants[${i}].code`,
        message: problemText().duplicateCountry({ code: country.code }),
      });
    }
    codes.add(country.code);
  });

  const numbers = new Map<number, number>();
  dataset.meetings.forEach((m, i) => {
    const at = `meetings[${i}]`;
    checkCitations(m.sources, at);
    if (m.location !== "not recorded" && m.location.mode === "in-person") {
      if (!venueIds.has(m.location.venueId)) {
        problems.push({
          path: `${at}.location.venueId`,
          message: problemText().noVenue({ id: m.location.venueId }),
        });
      }
    }
    m.related.forEach((r, j) => {
      if (!meetingIds.has(r.meetingId)) {
        problems.push({
          path: `${at}.related[${j}].meetingId`,
          message: problemText().noMeeting({ id: r.meetingId }),
        });
      }
    });
    if (m.kind === "policy-meeting" && m.number === null) {
      problems.push({ path: `${at}.number`, message: problemText().policyNeedsNumber() });
    }
    if (m.kind === "related-event" && m.number !== null) {
      problems.push({ path: `${at}.number`, message: problemText().relatedHasNoNumber() });
    }
    if (m.number !== null) {
      const earlier = numbers.get(m.number);
      if (earlier !== undefined) {
        problems.push({
          path: `${at}.number`,
          message: problemText().numberUsedTwice({
            number: m.number,
            other: `meetings[${earlier}]`,
          }),
        });
      } else numbers.set(m.number, i);
    }
    if (m.date !== "not recorded" && m.date.precision === "day" && m.date.end !== undefined) {
      if (m.date.end < m.date.start) {
        problems.push({ path: `${at}.date.end`, message: problemText().endsBeforeStarts() });
      }
    }
  });
  return problems;
}

// The dataset without its meetings, which are checked a slice at a time.
const EnvelopeSchema = z.extend(DatasetSchema, { meetings: z.array(z.unknown()) });
const MeetingListSchema = z.looseObject({ meetings: z.array(z.unknown()) });
const MeetingsSchema = z.array(MeetingSchema);
const MEETINGS_PER_SLICE = 100;

/** Issues of `meetings.slice(start)` as issues of the whole dataset. */
function inMeetings(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  start: number,
): { path: PropertyKey[]; message: string }[] {
  return issues.map(({ path: [index, ...rest], message }) => ({
    path:
      index === undefined
        ? ["meetings"]
        : ["meetings", typeof index === "number" ? start + index : index, ...rest],
    message,
  }));
}

/**
 * The one validation, pausing (`yield`) before each slice of meetings so that a caller in the page
 * can let the browser breathe: a thousand meetings took one task of ~40 ms (~160 ms on a slow phone),
 * and zod prepares each schema on its first use, so even the envelope and the first slice of the
 * real dataset take ~15 ms together (~55 ms on a slow phone). The problems are the same, in the
 * same order, as checking the whole file at once.
 */
function* validation(json: unknown): Generator<void, Dataset> {
  const envelope = EnvelopeSchema.safeParse(json);
  const issues = envelope.success ? [] : envelope.error.issues;
  // Zod names unknown top-level keys after the last field, the meetings: keep that order.
  const isTopLevelKeys = (issue: (typeof issues)[number]) =>
    issue.code === "unrecognized_keys" && issue.path.length === 0;
  const problems = schemaProblems(issues.filter((issue) => !isTopLevelKeys(issue)));
  const listed = MeetingListSchema.safeParse(json);
  const raw = listed.success ? listed.data.meetings : [];
  const meetings: Meeting[] = [];
  for (let start = 0; start < raw.length; start += MEETINGS_PER_SLICE) {
    yield;
    const slice = MeetingsSchema.safeParse(raw.slice(start, start + MEETINGS_PER_SLICE));
    if (slice.success) meetings.push(...slice.data);
    else problems.push(...schemaProblems(inMeetings(slice.error.issues, start)));
  }
  problems.push(...schemaProblems(issues.filter(isTopLevelKeys)));
  if (!envelope.success || problems.length > 0) {
    throw new DatasetError(problems, problemText().datasetNotValid());
  }
  const dataset: Dataset = { ...envelope.data, meetings };
  const references = findReferenceProblems(dataset);
  if (references.length > 0) throw new DatasetError(references, problemText().datasetNotValid());
  return dataset;
}

/** Turns untrusted JSON into a dataset the app can use, or throws a DatasetError naming every problem. */
export function validateDataset(json: unknown): Dataset {
  const steps = validation(json);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * The same as `validateDataset`, handing the page back to the browser before it starts (the
 * validator's code has just been evaluated, itself a long task on a slow phone) and between steps.
 *
 * The shipped dataset is checked as every page starts, while the words a problem is named in are
 * still loading (problem-text.ts): waiting for them would hold every page back by a request that
 * a valid file never needs. A file with a problem (naming it before the words are here throws) is
 * checked again once they are, so its problems are named, in the page's language, all the same.
 */
export async function validateDatasetYielding(
  json: unknown,
  pause: () => Promise<void>,
): Promise<Dataset> {
  try {
    return await validateSteps(json, pause);
  } catch {
    await catalogsReady();
    return validateSteps(json, pause);
  }
}

async function validateSteps(json: unknown, pause: () => Promise<void>): Promise<Dataset> {
  const steps = validation(json);
  await pause();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}

/**
 * The text of the app's dataset file (from `url`) as a validated dataset, as `validateDatasetYielding`.
 *
 * @throws DatasetError when it is not JSON (`url: is not valid JSON (…)`), or not a valid dataset.
 */
export async function readDatasetText(
  text: string,
  url: string,
  pause: () => Promise<void>,
): Promise<Dataset> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    await catalogsReady();
    const t = problemText();
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(
      [{ path: url, message: t.notValidJsonDetail({ detail }) }],
      t.datasetFileUnreadable(),
    );
  }
  return validateDatasetYielding(json, pause);
}

/**
 * Why the dataset file at `url` could not be had, in the page's language: `failure` is the server's
 * status, or what the network's failure said.
 */
export async function loadFailure(url: string, failure: unknown): Promise<string> {
  await catalogsReady();
  if (typeof failure === "number") return problemText().serverAnswered({ url, status: failure });
  const detail = failure instanceof Error ? failure.message : String(failure);
  return problemText().couldNotLoad({ url, detail });
}
