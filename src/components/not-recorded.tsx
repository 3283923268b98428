import type { ReactNode } from "react";
import { formatPartialDate, machineDate } from "../data/format-date";
import type { PartialDate } from "../data/schema";
import { partsText } from "./part-messages";

/** Shows a value, or says plainly that the sources do not record it. */
export function OrNotRecorded<T>({
  value,
  children,
}: {
  value: T | "not recorded";
  children: (value: T) => ReactNode;
}) {
  if (value === "not recorded") return <NotRecorded />;
  return <>{children(value)}</>;
}

export function NotRecorded({ what }: { what?: string }) {
  return (
    <span className="not-recorded">
      {what === undefined ? partsText().notRecorded() : partsText().whatNotRecorded({ what })}
    </span>
  );
}

/**
 * A date in words at the precision the sources give ("7–8 October 2014", "February 2009"), marked
 * up for machines as well, or "Not recorded" (`what` names it: "date not recorded").
 */
export function RecordedDate({ date, what }: { date: PartialDate; what?: string }) {
  const iso = machineDate(date);
  if (iso === undefined) return <NotRecorded what={what} />;
  return <time dateTime={iso}>{formatPartialDate(date, "long")}</time>;
}
