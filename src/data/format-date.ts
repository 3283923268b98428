import { dataText } from "./messages";
import type { PartialDate } from "./schema";

type Parts = { year: number; month: number; day: number };

function parseDay(iso: string): Parts {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/**
 * "Oct" or "October" in English; "10月" in Japanese, whichever the style. From the catalogs, not
 * `Intl.DateTimeFormat`: building one for Japanese took 17 ms of the page's start on this machine
 * (70 ms at a phone's speed, inside a task Lighthouse counts as blocking), and the words are the
 * same in Node and in Chromium by construction.
 */
function monthName(month: number, style: "short" | "long"): string {
  const text = dataText();
  return style === "short"
    ? text.monthShort({ month: String(month) })
    : text.monthLong({ month: String(month) });
}

function formatSpan(start: Parts, end: Parts | undefined, style: "short" | "long"): string {
  const text = dataText();
  const name = (p: Parts) => monthName(p.month, style);
  if (
    end === undefined ||
    (end.year === start.year && end.month === start.month && end.day === start.day)
  ) {
    return text.dateDay({ day: start.day, monthName: name(start), year: start.year });
  }
  if (end.year !== start.year) {
    return text.dateDaysAcrossYears({
      startDay: start.day,
      startMonth: name(start),
      startYear: start.year,
      endDay: end.day,
      endMonth: name(end),
      endYear: end.year,
    });
  }
  if (end.month !== start.month) {
    return text.dateDaysInYear({
      startDay: start.day,
      startMonth: name(start),
      endDay: end.day,
      endMonth: name(end),
      year: end.year,
    });
  }
  return text.dateDaysInMonth({
    startDay: start.day,
    endDay: end.day,
    monthName: name(end),
    year: end.year,
  });
}

/**
 * A date at exactly the precision its source gives, in the page's language: "Feb 2009",
 * "7–8 Oct 2014", "2009"; 2009年2月, 2014年10月7日～8日, 2009年. The order and the marks come from
 * the message catalogs (not Intl's range formats, which differ between ICU versions), so that a
 * prerendered page (Node) and the browser write the same text.
 */
export function formatPartialDate(date: PartialDate, style: "short" | "long" = "short"): string {
  const text = dataText();
  if (date === "not recorded") return text.dateNotRecorded();
  switch (date.precision) {
    case "year":
      return text.dateYear({ year: date.year });
    case "month": {
      const { year, month } = parseDay(`${date.month}-01`);
      return text.dateMonth({ monthName: monthName(month, style), year });
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
