// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { select } from "@messageformat/runtime";
export default {
  heading: () => "Who hosted each meeting",
  placed: (d) => d.placed + " of " + d.total + " policy meetings placed by host and year.",
  marksNumber: () => "Each mark carries the meeting's number: a diamond for Japan, a circle for an ASEAN member state, a square for online meetings.",
  marksCount: () => "Each mark carries how many meetings that host held that year: a diamond for Japan, a circle for an ASEAN member state, a square for online meetings.",
  notPlaced: (d) => "Not placed: " + d.list + ".",
  unplacedItem: (d) => d.label + " (" + select(d.missing, { host: "host not recorded", year: "year not recorded", other: "host and year not recorded" }) + ")",
  listSeparator: () => ", ",
  chartTitle: () => "Chart: host of each policy meeting by year",
  showTable: () => "Show the chart as a table",
  caption: () => "Host of each policy meeting",
  meeting: () => "Meeting",
  date: () => "Date",
  host: () => "Host"
}
