import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { DatasetError } from "../src/data/dataset-error";
import { catalogsReady } from "../src/data/i18n/catalogs";
import { readDatasetFile } from "../src/data/read-dataset-file";

/**
 * `npm run import -- file.(json|csv) [-o out.json]`: reads a TimelineJS file or spreadsheet, this
 * app's CSV export, or a dataset, exactly as the browser's "Open dataset…" does (same readers, same
 * validator), writes the validated dataset as JSON and prints what the format could not say.
 * Exit status 1 with every problem (by row and column, or path) when the file cannot be imported,
 * or when the default output file already exists (it is never replaced without -o); 2 for a wrong
 * command line.
 */
export function outputPath(input: string, output: string | undefined): string {
  if (output !== undefined) return resolve(output);
  const stem = basename(input, extname(input));
  const suffix = extname(input).toLowerCase() === ".json" ? ".dataset.json" : ".json";
  return join(dirname(resolve(input)), `${stem}${suffix}`);
}

async function main(args: readonly string[]): Promise<number> {
  await catalogsReady();
  const o = args.indexOf("-o");
  const output = o === -1 ? undefined : args[o + 1];
  const inputs = o === -1 ? args : args.filter((_, i) => i !== o && i !== o + 1);
  const input = inputs[0];
  if (input === undefined || inputs.length > 1 || (o !== -1 && output === undefined)) {
    console.error("usage: npm run import -- file.(json|csv) [-o out.json]");
    return 2;
  }
  let bytes: Buffer;
  try {
    statSync(input);
    bytes = readFileSync(input);
  } catch (error) {
    console.error(
      `Cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  try {
    const read = await readDatasetFile({
      name: basename(input),
      size: bytes.length,
      arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
    });
    const target = outputPath(input, output);
    // Without -o the name is chosen here, so a file already there (perhaps the user's own
    // TimelineJS file) is never replaced.
    if (output === undefined && existsSync(target)) {
      console.error(
        `${target} already exists: name the file to write with -o (nothing was written).`,
      );
      return 1;
    }
    try {
      writeFileSync(target, `${JSON.stringify(read.dataset, null, 2)}\n`);
    } catch (error) {
      console.error(
        `Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 1;
    }
    const records = read.dataset.meetings.length;
    console.log(
      `Read ${input}: ${read.format}, ${read.encoding}, ${String(records)} ${records === 1 ? "record" : "records"}.`,
    );
    console.log(`Wrote ${target} (validated).`);
    if (read.leftOut.length > 0) {
      console.log('Left out (the dataset says "not recorded" instead):');
      for (const line of read.leftOut) console.log(`  - ${line}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const count = error.problems.length;
    console.error(
      `${input}: ${error.heading} (${String(count)} ${count === 1 ? "problem" : "problems"}):`,
    );
    for (const problem of error.problems) console.error(`  ${problem.path}: ${problem.message}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve("scripts/import.ts")) {
  process.exitCode = await main(process.argv.slice(2));
}
