// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { select } from "@messageformat/runtime";
export default {
  dateNotRecorded: () => "Date not recorded",
  monthShort: (d) => select(d.month, { "1": "Jan", "2": "Feb", "3": "Mar", "4": "Apr", "5": "May", "6": "Jun", "7": "Jul", "8": "Aug", "9": "Sep", "10": "Oct", "11": "Nov", other: "Dec" }),
  monthLong: (d) => select(d.month, { "1": "January", "2": "February", "3": "March", "4": "April", "5": "May", "6": "June", "7": "July", "8": "August", "9": "September", "10": "October", "11": "November", other: "December" }),
  dateYear: (d) => String(d.year),
  dateMonth: (d) => d.monthName + " " + d.year,
  dateDay: (d) => d.day + " " + d.monthName + " " + d.year,
  dateDaysInMonth: (d) => d.startDay + "–" + d.endDay + " " + d.monthName + " " + d.year,
  dateDaysInYear: (d) => d.startDay + " " + d.startMonth + " – " + d.endDay + " " + d.endMonth + " " + d.year,
  dateDaysAcrossYears: (d) => d.startDay + " " + d.startMonth + " " + d.startYear + " – " + d.endDay + " " + d.endMonth + " " + d.endYear,
  policyMeeting: (d) => d.ordinal + " meeting",
  placeNotRecorded: () => "Place not recorded",
  online: () => "Online",
  cityNotRecorded: (d) => d.country + " (city not recorded)",
  cityAndCountry: (d) => d.city + ", " + d.country,
  statusHeld: () => "Held",
  statusAnnounced: () => "Announced",
  statusNotRecorded: () => "Status not recorded"
}
