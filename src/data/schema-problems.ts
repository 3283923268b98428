import type { DatasetProblem } from "./dataset-error";
import { problemText } from "./problem-text";

/** Renders a path the way a person reads it: `meetings[3].location.venueId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? problemText().wholeDataset() : out;
}

/** A schema's issues as problems, their paths read from the file's top (`prefix` places a part of it). */
export function schemaProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: readonly PropertyKey[] = [],
): DatasetProblem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
