/** The columns of the meetings CSV, as written by the export and read back by the import. */
export const CSV_COLUMNS = [
  "id",
  "number",
  "kind",
  "title",
  "status",
  "date",
  "start",
  "end",
  "format",
  "city",
  "country",
  "latitude",
  "longitude",
  "co-chairs",
  "source addresses",
] as const;
