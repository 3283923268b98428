/**
 * Data carried inside the code. Served builds fetch their data files, so here there is none; the
 * one-file build swaps this module for embedded-data.single.ts (see vite.config.ts).
 */
export const embeddedDataset: unknown = undefined;
export const embeddedBasemap: unknown = undefined;
