// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  venuesMap: () => "Venues map",
  fullSize: () => "Full-size map",
  mapFailed: (d) => "The map could not be shown: " + d.message,
  listHasSame: () => "The venue list below has the same places.",
  tryAgain: () => "Try the map again",
  loading: () => "Loading the map…",
  loadsInView: () => "The map loads when it comes into view.",
  showTiles: () => "Show OpenStreetMap tiles (needs a network connection)",
  legend: () => "Map legend",
  legendAsean: () => "ASEAN member state (solid outline, named)",
  legendJapan: () => "Japan (dashed outline, named)",
  legendNeighbour: () => "Neighbouring country (grey, unnamed)",
  legendVenue: () => "Venue: its policy meetings, and + its related events (2+1: two policy meetings and one related event)",
  venues: () => "Venues",
  notOnMap: () => "Not on the map",
  holdsSelected: (d) => d.summary + " · holds the selected meeting",
  leafletLabel: () => "Map of meeting venues",
  markerLabel: (d) => d.name + " — " + d.count,
  markerSelected: (d) => d.label + ", selected",
  countryOnlyNote: () => "Only the country is recorded: the marker stands for the country, not a city.",
  placeAndCount: (d) => d.label + " — " + d.count,
  meetingAndDate: (d) => d.label + ", " + d.date,
  placeAndDate: (d) => d.place + " · " + d.date
}
