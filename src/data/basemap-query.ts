import { queryOptions } from "@tanstack/react-query";
import { SINGLE_FILE } from "./app-mode";
import { embeddedBasemap } from "./embedded-data";
import type { Basemap } from "./basemap-schema";
import { nextTask } from "./next-task";
import { validateBasemapYielding } from "./validate-basemap";

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
  return validateBasemapYielding(await readBasemap(), nextTask);
}

export const basemapQuery = queryOptions({
  queryKey: ["basemap"],
  queryFn: loadBasemap,
  staleTime: Infinity,
  retry: false,
  // The file is the app's own: the service worker or the one-file build answers it offline. The
  // default mode would wait for navigator.onLine and show "Loading…" for ever.
  networkMode: "always",
});
