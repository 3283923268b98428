// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { number, plural } from "@messageformat/runtime";
import { en } from "@messageformat/runtime/lib/cardinals";
export default {
  mapTitle: () => "Venues map",
  backToTimeline: () => "← Back to the timeline",
  pageNotFound: () => "Page not found (404)",
  nothingAt: () => "Nothing lives at",
  goToOverview: () => "Go to the overview and timeline",
  slideNotFound: () => "Slide not found",
  noSuchSlide: (d) => "This deck has " + plural(d.count, 0, en, { one: number("en", d.count, 0) + " slide", other: number("en", d.count, 0) + " slides" }) + ", so there is no slide “" + d.slide + "”.",
  startFromFirst: () => "Start from the first slide",
  or: () => "or",
  backToExplorer: () => "go back to the explorer",
  headerActions: () => "Search, data, share and print",
  search: () => "Search",
  handoutAndExport: () => "Handout & export"
}
