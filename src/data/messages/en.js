// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  dateNotRecorded: () => "Date not recorded",
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
