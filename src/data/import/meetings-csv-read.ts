import { NOT_RECORDED } from "../not-recorded";
import type { CoChair, Country, Dataset, Meeting, PartialDate, Source, Venue } from "../schema";
import { CSV_COLUMNS } from "../csv-columns";
import { formatPartialDate } from "../format-date";
import { problemText } from "../problem-text";
import { countryCodeOf } from "./country-codes";
import {
  blankMeeting,
  FILE_CITATION,
  fileSource,
  importHeading,
  isoDay,
  ProblemList,
  type Imported,
} from "./imported-parts";
import type { CsvTable } from "./csv-table";

type KnownDate = Exclude<PartialDate, typeof NOT_RECORDED>;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const NR = NOT_RECORDED;

/** The cell as written, without the apostrophe the export puts before a formula-like text. */
function uninert(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value.trim();
}

function isBlank(value: string): boolean {
  return value === "" || value === NR;
}

/** "2014-10-07", "2009-02" or "2009" as a date at that precision; undefined if it is none of them. */
function machineDate(value: string): KnownDate | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day !== null) {
    const start = isoDay(Number(day[1]), Number(day[2]), Number(day[3]));
    return start === undefined ? undefined : { precision: "day", start };
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { precision: "month", month: value };
  if (/^\d{4}$/.test(value)) return { precision: "year", year: Number(value) };
  return undefined;
}

/** Why a cell is not a date: not written as one, or (2014-02-30) not a day in the calendar. */
function notADate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? problemText().notCalendarDayValue({ value })
    : problemText().notADateValue({ value });
}

/**
 * This app's own CSV export read back (round trip): one meeting per row, in the columns the export
 * writes (`CSV_COLUMNS`). What a CSV cannot carry — the series' name and summary, organisers,
 * achievements, summaries, sources' titles — is "not recorded", and listed in `leftOut`.
 *
 * @throws DatasetError naming each problem by row and column (`row 12, column "start": …`).
 */
export function importMeetingsCsv(table: CsvTable, fileName: string): Imported {
  const problems = new ProblemList();
  const column = new Map(table.header.map((name, i) => [name.trim().toLowerCase(), i]));
  const countries = new Map<string, Country>();
  const venues = new Map<string, Venue>();
  const sources = new Map<string, Source>();
  const meetings: Meeting[] = [];
  const origins: string[] = [];
  let chairsJoined = false;
  const readableDateIgnored: number[] = [];

  for (const row of table.rows) {
    const at = problemText().row({ row: row.line });
    const cell = (name: string) => {
      const i = column.get(name);
      return i === undefined ? "" : uninert(row.cells[i] ?? "");
    };
    const where = (name: string) => problemText().rowColumn({ row: row.line, column: name });
    const country = (name: string, written: string): string | undefined => {
      const code = countryCodeOf(written);
      if (code === undefined) {
        problems.add(where(name), problemText().unknownCountry({ value: written }));
        return undefined;
      }
      if (!countries.has(code)) countries.set(code, { code, name: written, group: NR });
      return code;
    };

    let id = cell("id").toLowerCase();
    if (id === "") id = `row-${String(row.line)}`;
    else if (!ID.test(id)) problems.add(where("id"), problemText().notAnId({ value: cell("id") }));
    const title = cell("title");
    if (title === "") problems.add(where("title"), problemText().titleNeeded());
    const meeting = blankMeeting(id, title === "" ? NR : title);

    const number = cell("number");
    if (number !== "") {
      if (/^\d{1,4}$/.test(number) && Number(number) > 0) meeting.number = Number(number);
      else problems.add(where("number"), problemText().notAMeetingNumber({ value: number }));
    }
    const kind = cell("kind").toLowerCase();
    if (kind === "policy meeting" || (kind === "" && meeting.number !== null))
      meeting.kind = "policy-meeting";
    else if (kind !== "related event" && kind !== "")
      problems.add(where("kind"), problemText().kindValues({ value: cell("kind") }));

    const status = cell("status").toLowerCase();
    if (status === "held" || status === "announced") meeting.status = status;
    else if (!["", NR, "status not recorded"].includes(status))
      problems.add(where("status"), problemText().statusValues({ value: cell("status") }));

    const start = cell("start");
    if (!isBlank(start)) {
      const date = machineDate(start);
      if (date === undefined) problems.add(where("start"), notADate(start));
      else {
        meeting.date = date;
        const end = cell("end");
        const endDate = isBlank(end) ? undefined : machineDate(end);
        if (!isBlank(end) && endDate === undefined) problems.add(where("end"), notADate(end));
        if (
          date.precision === "day" &&
          endDate?.precision === "day" &&
          endDate.start !== date.start
        ) {
          meeting.date = { ...date, end: endDate.start };
        }
        // The readable "date" column is written from start and end; an edit there alone is not
        // read, and the reader is told.
        const shown = cell("date");
        if (shown !== "" && shown !== formatPartialDate(meeting.date, "long")) {
          readableDateIgnored.push(row.line);
        }
      }
    }

    const format = cell("format").toLowerCase();
    if (format === "online") meeting.location = { mode: "online" };
    else if (format === "in person") {
      const countryName = cell("country");
      const code = isBlank(countryName) ? undefined : country("country", countryName);
      if (code !== undefined) {
        const city = isBlank(cell("city")) ? NR : cell("city");
        const coordinate = (name: "latitude" | "longitude", limit: number) => {
          const text = cell(name);
          if (isBlank(text)) return NR;
          const value = Number(text);
          if (Number.isFinite(value) && Math.abs(value) <= limit) return value;
          const words = problemText();
          problems.add(
            where(name),
            (name === "latitude" ? words.notLatitude : words.notLongitude)({ value: text, limit }),
          );
          return NR;
        };
        const lat = coordinate("latitude", 90);
        const lng = coordinate("longitude", 180);
        const key = [city, code, String(lat), String(lng)].join("|");
        let venue = venues.get(key);
        if (venue === undefined) {
          venue = {
            id: `venue-${String(venues.size + 1)}`,
            name: city === NR ? countryName : city,
            city,
            country: code,
            lat,
            lng,
            precision: city === NR ? "country" : "city",
          };
          venues.set(key, venue);
        }
        meeting.location = { mode: "in-person", venueId: venue.id };
      }
    } else if (!["", NR].includes(format))
      problems.add(where("format"), problemText().formatValues({ value: cell("format") }));

    const chairs = cell("co-chairs");
    if (!isBlank(chairs)) {
      const list: CoChair[] = [];
      for (const part of chairs.split(/;\s*/)) {
        const colon = part.indexOf(":");
        const code = country("co-chairs", colon === -1 ? part : part.slice(0, colon));
        const details = colon === -1 ? NR : part.slice(colon + 1).trim();
        if (code === undefined) continue;
        // The export joins name, role and organisation in one cell; they come back together.
        if (!isBlank(details)) chairsJoined = true;
        list.push({
          country: code,
          name: isBlank(details) ? NR : details,
          role: NR,
          organisation: NR,
        });
      }
      if (list.length > 0) meeting.coChairs = list;
    }

    const addresses = cell("source addresses")
      .split(/\s+/)
      .filter((a) => a !== "");
    const cited = addresses.flatMap((url) => {
      if (!/^https?:\/\/\S+$/.test(url)) {
        problems.add(where("source addresses"), problemText().notAnAddress({ value: url }));
        return [];
      }
      let source = sources.get(url);
      if (source === undefined) {
        source = {
          id: `source-${String(sources.size + 1)}`,
          title: NR,
          publisher: NR,
          date: NR,
          url,
          strength: NR,
        };
        sources.set(url, source);
      }
      return [{ sourceId: source.id, supports: NR }];
    });
    meeting.sources = cited.length > 0 ? cited : [FILE_CITATION];
    meetings.push(meeting);
    origins.push(at);
  }
  problems.done(importHeading());
  const dataset: Dataset = {
    version: 1,
    series: {
      name: NR,
      summary: NR,
      participants: countries.size === 0 ? NR : [...countries.values()],
      organisers: NR,
      sources: [FILE_CITATION],
    },
    sources: [fileSource(fileName), ...sources.values()],
    venues: [...venues.values()],
    meetings,
  };
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = table.header.filter(
    (name) => !known.has(name.trim().toLowerCase()) && name.trim() !== "",
  );
  const t = problemText();
  const leftOut = [
    t.csvLeftOutFields(),
    t.csvLeftOutSources(),
    t.csvLeftOutGroups(),
    ...(readableDateIgnored.length === 0
      ? []
      : [
          t.csvLeftOutReadableDate({
            count: readableDateIgnored.length,
            rows: readableDateIgnored.join(t.listSeparator()),
          }),
        ]),
    t.csvLeftOutParticipants(),
    ...(chairsJoined ? [t.csvLeftOutChairs()] : []),
    ...(unknown.length === 0
      ? []
      : [t.unreadColumns({ columns: unknown.join(t.listSeparator()) })]),
  ];
  return { dataset, format: t.formatAppCsv(), leftOut, origins };
}
