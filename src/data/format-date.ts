import type { PartialDate } from "./schema";

const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

type Parts = { year: number; month: number; day: number };

function parseDay(iso: string): Parts {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/** "Oct" or "October": every short name is the long one's first three letters. */
function monthName(month: number, style: "short" | "long"): string {
  const name = MONTHS_LONG[month - 1] ?? "?";
  return style === "short" ? name.slice(0, 3) : name;
}

function formatSpan(start: Parts, end: Parts | undefined, style: "short" | "long"): string {
  const full = (p: Parts) => `${p.day} ${monthName(p.month, style)} ${p.year}`;
  if (
    end === undefined ||
    (end.year === start.year && end.month === start.month && end.day === start.day)
  ) {
    return full(start);
  }
  if (end.year !== start.year) return `${full(start)} – ${full(end)}`;
  if (end.month !== start.month) {
    return `${start.day} ${monthName(start.month, style)} – ${full(end)}`;
  }
  return `${start.day}–${full(end)}`;
}

/**
 * A date at exactly the precision its source gives: "Feb 2009", "7–8 Oct 2014", "2009".
 * Month names are fixed English rather than Intl so that output is identical on every machine.
 */
export function formatPartialDate(date: PartialDate, style: "short" | "long" = "short"): string {
  if (date === "not recorded") return "Date not recorded";
  switch (date.precision) {
    case "year":
      return String(date.year);
    case "month": {
      const { year, month } = parseDay(`${date.month}-01`);
      return `${monthName(month, style)} ${year}`;
    }
    case "day":
      return formatSpan(
        parseDay(date.start),
        date.end === undefined ? undefined : parseDay(date.end),
        style,
      );
  }
}

/**
 * The date as ISO 8601 at the precision known ("2013", "2013-09", "2013-09-12"), or undefined when
 * it is not recorded: the value of a `<time dateTime>` attribute, and a key that sorts dates of any
 * precision by when they begin ("2013-09" < "2013-09-12" < "2013-10").
 */
export function machineDate(date: PartialDate): string | undefined {
  if (date === "not recorded") return undefined;
  switch (date.precision) {
    case "year":
      return String(date.year);
    case "month":
      return date.month;
    case "day":
      return date.start;
  }
}

/** The year a date falls in, when the sources give at least that. */
export function yearOf(date: PartialDate): number | undefined {
  const iso = machineDate(date);
  return iso === undefined ? undefined : Number(iso.slice(0, 4));
}
