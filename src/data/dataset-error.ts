export type DatasetProblem = { path: string; message: string };

/** Thrown when a dataset cannot be used; every problem names where in the file it is. */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  /** What kind of fault, for a heading: "The dataset is not valid", "The file is too large", … */
  readonly heading: string;

  constructor(problems: readonly DatasetProblem[], heading = "The dataset is not valid") {
    super(`${heading}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
    this.heading = heading;
  }
}

/** Renders a path the way a person reads it: `meetings[3].location.venueId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(dataset)" : out;
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
