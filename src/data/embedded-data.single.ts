import basemap from "../../public/data/basemap.json";
import dataset from "../../public/data/meetings.json";

/** The one-file build's data, inlined at build time; it is validated like a fetched file. */
export const embeddedDataset: unknown = dataset;
export const embeddedBasemap: unknown = basemap;
