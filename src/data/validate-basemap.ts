import * as z from "zod/mini";
import {
  BasemapCountrySchema,
  BasemapSchema,
  type Basemap,
  type BasemapCountry,
} from "./basemap-schema";
import { DatasetError, type DatasetProblem } from "./dataset-error";
import { catalogsReady } from "./i18n/catalogs";
import { problemText } from "./problem-text";
import { schemaProblems } from "./schema-problems";
// zod's own messages, in the page's language.
import "./zod-locale";

// The basemap without its countries, which are checked a slice at a time.
const EnvelopeSchema = z.extend(BasemapSchema, { features: z.array(z.unknown()) });
const COUNTRIES_PER_SLICE = 10;

/**
 * Checks the basemap ten countries at a time, awaiting `pause` between slices: checked in one go
 * it was one task of ~25 ms (~100 ms on a slow phone), just when a slide's map is due. Its
 * problems are named in the page's language, whose words it waits for first.
 */
export async function validateBasemapYielding(
  json: unknown,
  pause: () => Promise<void>,
): Promise<Basemap> {
  await catalogsReady();
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new DatasetError(schemaProblems(envelope.error.issues), problemText().basemapNotValid());
  }
  const problems: DatasetProblem[] = [];
  const features: BasemapCountry[] = [];
  const unchecked = envelope.data.features;
  for (let start = 0; start < unchecked.length; start += COUNTRIES_PER_SLICE) {
    if (start > 0) await pause();
    unchecked.slice(start, start + COUNTRIES_PER_SLICE).forEach((item, i) => {
      const country = BasemapCountrySchema.safeParse(item);
      if (country.success) features.push(country.data);
      else problems.push(...schemaProblems(country.error.issues, ["features", start + i]));
    });
  }
  if (problems.length > 0) throw new DatasetError(problems, problemText().basemapNotValid());
  return { ...envelope.data, features };
}
