import * as z from "zod/mini";
import { NOT_RECORDED } from "./not-recorded";
import { problemText } from "./problem-text";
// zod's own messages, in the page's language, for whoever edits the file.
import "./zod-locale";

export { NOT_RECORDED };
export const NotRecordedSchema = z.literal(NOT_RECORDED);

/*
 * The schemas are built once, as this module loads; each message is a function, so that a problem
 * is named in the language of the page (or test) it is found on.
 */
type Words = ReturnType<typeof problemText>;
type Said = { [K in keyof Words]: Words[K] extends () => string ? K : never }[keyof Words];
const say = (message: Said) => ({ error: () => problemText()[message]() });

const nonEmpty = z.string().check(z.trim(), z.minLength(1, say("mustNotBeEmpty")));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, say("idCharacters")));
/**
 * A day that is in the calendar, as YYYY-MM-DD: months 01–12, days to the month's length, 29
 * February only in a leap year. A pattern rather than a check in code, so that the JSON Schema
 * editors use (npm run build:schema) refuses the same days.
 */
const CALENDAR_DAY =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;
const isoDay = z.string().check(z.regex(CALENDAR_DAY, say("calendarDay")));

/** `schema`, or the literal "not recorded"; `message` says which, when a value is neither. */
function orNotRecorded<T extends z.core.SomeType>(schema: T, message: Said) {
  return z.union([schema, NotRecordedSchema], say(message));
}

/**
 * A name or short text in the languages the sources print it in (docs/decisions/019): English, as
 * a plain string, or `{ "en": …, "ja": { "text": …, "sourceId": … } }` where a source prints the
 * Japanese (that source's id). English is required; nothing is ever machine-translated, so a text
 * without its Japanese is shown in English on Japanese pages.
 */
export const LocalizedTextSchema = z.union(
  [
    nonEmpty,
    z.strictObject({
      en: nonEmpty,
      ja: z.optional(z.strictObject({ text: nonEmpty, sourceId: id })),
    }),
  ],
  say("localizedText"),
);

/** A date at the precision its source gives: a day (or a span of days), a month, a year, or none. */
export const DayDateSchema = z.strictObject({
  precision: z.literal("day"),
  start: isoDay,
  end: z.optional(isoDay),
});
export const MonthDateSchema = z.strictObject({
  precision: z.literal("month"),
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, say("monthText"))),
});
export const YearDateSchema = z.strictObject({
  precision: z.literal("year"),
  year: z.number().check(z.int(), z.minimum(1900), z.maximum(2200)),
});
export const PartialDateSchema = orNotRecorded(
  z.discriminatedUnion("precision", [DayDateSchema, MonthDateSchema, YearDateSchema]),
  "dateOrNotRecorded",
);

export const SourceSchema = z.strictObject({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  date: PartialDateSchema,
  /** "not recorded" for a file imported from a format that names no addresses (TimelineJS). */
  url: orNotRecorded(
    z.string().check(z.regex(/^https?:\/\/\S+$/, say("httpAddress"))),
    "httpOrNotRecorded",
  ),
  /**
   * A: a government page; B: an established news site; C: a minor site (see docs/decisions/001);
   * "not recorded" where nobody has weighed it (an imported file).
   */
  strength: z.enum(["A", "B", "C", NOT_RECORDED]),
  note: z.optional(nonEmpty),
});

/** An ISO 3166-1 alpha-2 code in capitals ("JP", "TH"). */
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, say("countryCode")));

export const CountrySchema = z.strictObject({
  code: countryCode,
  name: LocalizedTextSchema,
  /** "not recorded" for a country named by an imported file, which does not say. */
  group: z.enum(["asean", "japan", NOT_RECORDED]),
});

export const VenueSchema = z.strictObject({
  id,
  /** What the UI calls the place: a building, a city, or a country when nothing finer is recorded. */
  name: nonEmpty,
  city: orNotRecorded(nonEmpty, "cityOrNotRecorded"),
  country: countryCode,
  /** Degrees; "not recorded" for a place an imported spreadsheet names without coordinates. */
  lat: orNotRecorded(z.number().check(z.minimum(-90), z.maximum(90)), "latitudeOrNotRecorded"),
  lng: orNotRecorded(z.number().check(z.minimum(-180), z.maximum(180)), "longitudeOrNotRecorded"),
  precision: z.enum(["building", "city", "country"]),
  note: z.optional(nonEmpty),
});

export const LocationSchema = orNotRecorded(
  z.discriminatedUnion("mode", [
    z.strictObject({ mode: z.literal("in-person"), venueId: id }),
    z.strictObject({ mode: z.literal("online") }),
  ]),
  "locationOrNotRecorded",
);

export const CoChairSchema = z.strictObject({
  country: countryCode,
  name: orNotRecorded(nonEmpty, "nameOrNotRecorded"),
  /**
   * The name as a Japanese source prints it where that source gives it only in katakana or kanji
   * (`name` is then "not recorded": a romanisation would be a guess). Shown on Japanese pages only.
   */
  printedName: z.optional(z.strictObject({ ja: nonEmpty, sourceId: id })),
  role: orNotRecorded(nonEmpty, "roleOrNotRecorded"),
  organisation: orNotRecorded(nonEmpty, "organisationOrNotRecorded"),
});

export const AchievementSchema = z.strictObject({
  title: nonEmpty,
  /** The source's own account of the achievement; some sources give only a heading. */
  text: z.optional(nonEmpty),
});

export const CitationSchema = z.strictObject({
  sourceId: id,
  /** Which facts of the record this source gives, in words. */
  supports: nonEmpty,
});

export const RelationSchema = z.strictObject({
  meetingId: id,
  label: nonEmpty,
});

export const MeetingSchema = z.strictObject({
  id,
  kind: z.enum(["policy-meeting", "related-event"]),
  /** The ordinal of a policy meeting (7 for the 7th); related events have none. */
  number: z.nullable(z.number().check(z.int(), z.positive())),
  title: nonEmpty,
  /** The name the series went by at the time, as the sources print it (in each language they do). */
  seriesName: orNotRecorded(LocalizedTextSchema, "seriesNameOrNotRecorded"),
  status: z.enum(["held", "announced", NOT_RECORDED]),
  date: PartialDateSchema,
  location: LocationSchema,
  hosts: orNotRecorded(z.array(nonEmpty).check(z.minLength(1)), "hostsOrNotRecorded"),
  coChairs: orNotRecorded(z.array(CoChairSchema).check(z.minLength(1)), "coChairsOrNotRecorded"),
  attendees: orNotRecorded(nonEmpty, "attendeesOrNotRecorded"),
  summary: orNotRecorded(nonEmpty, "summaryOrNotRecorded"),
  achievements: orNotRecorded(
    z.array(AchievementSchema).check(z.minLength(1)),
    "achievementsOrNotRecorded",
  ),
  related: z.array(RelationSchema),
  notes: z.optional(z.array(nonEmpty)),
  sources: z.array(CitationSchema).check(z.minLength(1, say("needsSource"))),
});

export const OrganiserSchema = z.strictObject({
  abbreviation: nonEmpty,
  /** The organisation's name today. */
  name: LocalizedTextSchema,
  /** Earlier names and when they changed, as the sources give them. */
  note: z.optional(nonEmpty),
});

export const SeriesSchema = z.strictObject({
  /** The series' name today; the names it had at each meeting are in each meeting's seriesName. */
  name: LocalizedTextSchema,
  summary: nonEmpty,
  /**
   * The day the sources were last searched for meetings. Shown beside the last recorded meeting, so
   * that nobody reads "no later meeting" into the record's silence.
   */
  sourcesCheckedOn: z.optional(PartialDateSchema),
  participants: orNotRecorded(
    z.array(CountrySchema).check(z.minLength(1)),
    "participantsOrNotRecorded",
  ),
  organisers: orNotRecorded(
    z.array(OrganiserSchema).check(z.minLength(1)),
    "organisersOrNotRecorded",
  ),
  /** How the series' names changed, as the sources give them (shown beside each meeting's name). */
  notes: z.optional(z.array(nonEmpty)),
  /** What the sources say of who takes part since the last recorded meeting (a new member state). */
  participantsNote: z.optional(nonEmpty),
  sources: z.array(CitationSchema).check(z.minLength(1, say("needsSource"))),
});

export const DatasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  series: SeriesSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  venues: z.array(VenueSchema),
  meetings: z.array(MeetingSchema),
});

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Organiser = z.infer<typeof OrganiserSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type CoChair = z.infer<typeof CoChairSchema>;
export type Achievement = z.infer<typeof AchievementSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
