// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  heading: () => "The series at a glance",
  nameNotRecorded: () => "The series’ name is not recorded.",
  todaysName: () => "Today’s name: ",
  earlierBelow: () => " (earlier names below).",
  noMeetings: () => "There are no meetings in this dataset yet.",
  counts: (d) => plural(d.policy, 0, en, { one: number("en", d.policy, 0) + " policy meeting", other: number("en", d.policy, 0) + " policy meetings" }) + " and " + plural(d.related, 0, en, { one: number("en", d.related, 0) + " related event", other: number("en", d.related, 0) + " related events" }) + ". Choose one in the timeline to see its details.",
  whoTakesPart: () => "Who takes part",
  asOf: (d) => " (as the sources record them up to " + d.date + ")",
  aseanMembers: () => "ASEAN member states",
  countries: () => "Countries",
  japan: () => "Japan",
  organisers: () => "Organisers",
  japaneseOrganisers: () => "Japanese organisers",
  notRecorded: () => "Not recorded",
  namesOverTime: () => "Names over time",
  sources: () => "Sources"
}
