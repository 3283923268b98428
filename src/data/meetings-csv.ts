import type { DatasetIndex } from "./dataset-index";
import { formatPartialDate, machineDate } from "./format-date";
import { coChairDetails } from "./co-chair-details";
import { englishText } from "./localized-text";
import { countryName } from "./meeting-labels";
import { CSV_COLUMNS } from "./csv-columns";
import { NOT_RECORDED } from "./not-recorded";
import type { CoChair, Meeting } from "./schema";

export { CSV_COLUMNS };

const ONLINE = "not applicable (online)";

/*
 * The file is read back (import/meetings-csv-read.ts) on a page in either language, so its values
 * are the format's, in English, whatever the page's language; only the readable "date" column is
 * written in it. The status words are those the English page shows.
 */
const STATUS: Record<Meeting["status"], string> = {
  held: "Held",
  announced: "Announced",
  "not recorded": "Status not recorded",
};

function endOf(meeting: Meeting): string {
  const date = meeting.date;
  if (date === NOT_RECORDED) return NOT_RECORDED;
  return date.precision === "day" ? (date.end ?? date.start) : (machineDate(date) ?? "");
}

function coChairText(index: DatasetIndex, chair: CoChair): string {
  const details = coChairDetails(chair, (recorded) => recorded.name);
  return `${countryName(index, chair.country, englishText)}: ${details ?? NOT_RECORDED}`;
}

/** Format, city, country, latitude and longitude (degrees, so that the map can be read back). */
function placeCells(index: DatasetIndex, meeting: Meeting): string[] {
  const location = meeting.location;
  if (location === NOT_RECORDED) return Array<string>(5).fill(NOT_RECORDED);
  if (location.mode === "online") return ["online", ONLINE, ONLINE, ONLINE, ONLINE];
  const venue = index.venuesById.get(location.venueId);
  if (venue === undefined) return ["in person", ...Array<string>(4).fill(NOT_RECORDED)];
  return [
    "in person",
    venue.city,
    countryName(index, venue.country, englishText),
    String(venue.lat),
    String(venue.lng),
  ];
}

/**
 * One row per meeting (every meeting, or those given), in timeline order, with "not recorded"
 * wherever the sources are silent.
 */
export function meetingRows(
  index: DatasetIndex,
  meetings: readonly Meeting[] = index.order,
): string[][] {
  return meetings.map((meeting) => {
    const place = placeCells(index, meeting);
    return [
      meeting.id,
      meeting.number === null ? "" : String(meeting.number),
      meeting.kind === "policy-meeting" ? "policy meeting" : "related event",
      meeting.title,
      STATUS[meeting.status],
      meeting.date === NOT_RECORDED ? NOT_RECORDED : formatPartialDate(meeting.date, "long"),
      meeting.date === NOT_RECORDED ? NOT_RECORDED : (machineDate(meeting.date) ?? ""),
      endOf(meeting),
      ...place,
      meeting.coChairs === NOT_RECORDED
        ? NOT_RECORDED
        : meeting.coChairs.map((chair) => coChairText(index, chair)).join("; "),
      meeting.sources
        .flatMap((citation) => {
          const source = index.sourcesById.get(citation.sourceId);
          return source === undefined || source.url === NOT_RECORDED ? [] : [source.url];
        })
        .join(" "),
    ];
  });
}

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or return) as a formula, so
 * such text from a swapped-in dataset is made inert with a leading apostrophe.
 */
function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/**
 * RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheet programs read UTF-8; every
 * meeting, or those given.
 */
export function meetingsCsv(
  index: DatasetIndex,
  meetings: readonly Meeting[] = index.order,
): string {
  const lines = [[...CSV_COLUMNS], ...meetingRows(index, meetings)].map((row) =>
    row.map(csvCell).join(","),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
