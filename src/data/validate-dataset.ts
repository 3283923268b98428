import { DatasetError, formatPath, type DatasetProblem } from "./dataset-error";
import { DatasetSchema, type Dataset } from "./schema";

/** Checks what the schema cannot: unique ids and references that point at something. */
function findReferenceProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const venueIds = new Set(dataset.venues.map((v) => v.id));
  const meetingIds = new Set(dataset.meetings.map((m) => m.id));

  function checkUnique(items: readonly { id: string }[], collection: string) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        problems.push({ path: `${collection}[${i}].id`, message: `duplicate id "${item.id}"` });
      }
      seen.add(item.id);
    });
  }
  function checkCitations(citations: readonly { sourceId: string }[], at: string) {
    citations.forEach((c, i) => {
      if (!sourceIds.has(c.sourceId)) {
        problems.push({
          path: `${at}.sources[${i}].sourceId`,
          message: `no source has the id "${c.sourceId}"`,
        });
      }
    });
  }

  checkUnique(dataset.sources, "sources");
  checkUnique(dataset.venues, "venues");
  checkUnique(dataset.meetings, "meetings");
  checkCitations(dataset.series.sources, "series");
  const codes = new Set<string>();
  dataset.series.participants.forEach((country, i) => {
    if (codes.has(country.code)) {
      problems.push({
        path: `series.participants[${i}].code`,
        message: `duplicate country code "${country.code}"`,
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
          message: `no venue has the id "${m.location.venueId}"`,
        });
      }
    }
    m.related.forEach((r, j) => {
      if (!meetingIds.has(r.meetingId)) {
        problems.push({
          path: `${at}.related[${j}].meetingId`,
          message: `no meeting has the id "${r.meetingId}"`,
        });
      }
    });
    if (m.kind === "policy-meeting" && m.number === null) {
      problems.push({ path: `${at}.number`, message: "a policy meeting needs its number" });
    }
    if (m.kind === "related-event" && m.number !== null) {
      problems.push({ path: `${at}.number`, message: "a related event has no number (use null)" });
    }
    if (m.number !== null) {
      const earlier = numbers.get(m.number);
      if (earlier !== undefined) {
        problems.push({
          path: `${at}.number`,
          message: `meeting number ${m.number} is also used by meetings[${earlier}]`,
        });
      } else numbers.set(m.number, i);
    }
    if (m.date !== "not recorded" && m.date.precision === "day" && m.date.end !== undefined) {
      if (m.date.end < m.date.start) {
        problems.push({ path: `${at}.date.end`, message: "ends before it starts" });
      }
    }
  });
  return problems;
}

/** Turns untrusted JSON into a dataset the app can use, or throws a DatasetError naming every problem. */
export function validateDataset(json: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  }
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) throw new DatasetError(problems);
  return parsed.data;
}
