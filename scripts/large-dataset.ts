import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Dataset, Meeting } from "../src/data/schema";
import { validateDataset } from "../src/data/validate-dataset";

/**
 * A synthetic dataset of `count` meetings in the real schema, for scale tests and the benchmark.
 * Everything it adds is labelled synthetic; it reuses the real series, sources and venues.
 */
export function generateLargeDataset(count = 1000, base?: Dataset): Dataset {
  const real =
    base ?? validateDataset(JSON.parse(readFileSync("public/data/meetings.json", "utf8")));
  const venues = real.venues.filter((v) => v.precision !== "country");
  const meetings: Meeting[] = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    // About one a week from 2009, so years hold ~52 meetings each.
    const day = new Date(Date.UTC(2009, 0, 5 + i * 7));
    const start = day.toISOString().slice(0, 10);
    const venue = venues[i % venues.length];
    return {
      id: String(n),
      kind: "policy-meeting",
      number: n,
      title: `Synthetic meeting ${n}`,
      seriesName: "not recorded",
      status: "held",
      date:
        i % 10 === 9
          ? { precision: "month", month: start.slice(0, 7) }
          : { precision: "day", start },
      location:
        i % 25 === 24 || venue === undefined
          ? { mode: "online" }
          : { mode: "in-person", venueId: venue.id },
      hosts: "not recorded",
      coChairs: "not recorded",
      attendees: "not recorded",
      summary: `Synthetic record ${n} for scale testing; not a real meeting.`,
      achievements:
        i % 4 === 0
          ? [
              { title: `Synthetic achievement A of meeting ${n}`, text: "Generated text." },
              { title: `Synthetic achievement B of meeting ${n}` },
            ]
          : "not recorded",
      related: [],
      sources: [{ sourceId: real.sources[0]?.id ?? "", supports: "nothing: synthetic record" }],
    };
  });
  return { ...real, meetings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? "1000");
  const out = process.argv[3] ?? "reports/large-dataset.json";
  writeFileSync(out, JSON.stringify(validateDataset(generateLargeDataset(count))));
  console.log(`Wrote ${count} synthetic meetings to ${out}`);
}
