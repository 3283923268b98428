export type DatasetProblem = { path: string; message: string };

/**
 * Thrown when a dataset cannot be used; every problem names where in the file it is. Part of the
 * first screen (the page tells a broken dataset from a failed load), so the words of its heading
 * and problems are written where they are found, in lazy parts (problem-text.ts).
 */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  /** What kind of fault, for a heading: "The dataset is not valid", "The file is too large", … */
  readonly heading: string;

  constructor(problems: readonly DatasetProblem[], heading: string) {
    super(`${heading}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
    this.heading = heading;
  }
}
