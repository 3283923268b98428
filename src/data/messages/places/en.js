// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  policyCount: (d) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " policy meeting", other: number("en", d.count, 0) + " policy meetings" }),
  relatedCount: (d) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " related event", other: number("en", d.count, 0) + " related events" }),
  both: (d) => d.policy + " and " + d.related,
  noMeetings: () => "no meetings",
  countryOnly: (d) => d.name + " (country only)"
}
