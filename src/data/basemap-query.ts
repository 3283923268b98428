import { queryOptions } from "@tanstack/react-query";
import { SINGLE_FILE } from "./app-mode";
import { embeddedBasemap } from "./embedded-data";
import { DatasetError, formatPath } from "./dataset-error";
import { BasemapSchema, type Basemap } from "./basemap-schema";

export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.json`;

async function readBasemap(): Promise<unknown> {
  // The one-file build carries the basemap in its code.
  if (SINGLE_FILE) return embeddedBasemap;
  const response = await fetch(BASEMAP_URL);
  if (!response.ok)
    throw new Error(`Could not load the basemap: the server answered ${response.status}.`);
  return response.json();
}

async function loadBasemap(): Promise<Basemap> {
  const parsed = BasemapSchema.safeParse(await readBasemap());
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
      "The basemap file is not valid",
    );
  }
  return parsed.data;
}

export const basemapQuery = queryOptions({
  queryKey: ["basemap"],
  queryFn: loadBasemap,
  staleTime: Infinity,
  retry: false,
});
