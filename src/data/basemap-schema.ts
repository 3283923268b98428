import * as z from "zod/mini";

const position = z.tuple([z.number(), z.number()]);

/** One country of the basemap. */
export const BasemapCountrySchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({
    id: z.string(),
    name: z.string(),
    code: z.nullable(z.string()),
    group: z.enum(["asean", "japan", "neighbour"]),
    label: position,
  }),
  geometry: z.object({
    type: z.literal("MultiPolygon"),
    coordinates: z.array(z.array(z.array(position))),
  }),
});

/** The shipped basemap (public/data/basemap.json, made by `npm run build:basemap`): a GeoJSON subset. */
export const BasemapSchema = z.object({
  type: z.literal("FeatureCollection"),
  attribution: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  features: z.array(BasemapCountrySchema),
});

export type Basemap = z.infer<typeof BasemapSchema>;
export type BasemapCountry = z.infer<typeof BasemapCountrySchema>;
