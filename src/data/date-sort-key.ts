import type { PartialDate } from "./schema";

/** A key that sorts dates of any precision by when they begin ("2013-09" < "2013-09-12" < "2013-10"). */
export function dateSortKey(date: PartialDate): string | undefined {
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
