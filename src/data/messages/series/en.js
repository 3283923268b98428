// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  participantsNotRecorded: () => "Participants not recorded",
  listSeparator: () => ", ",
  japanAndAsean: (d) => d.japan + " and " + d.count + " ASEAN member states",
  organisersNotRecorded: () => "organisers not recorded",
  organisedBy: (d) => "organised by " + d.names,
  organisedInJapanBy: (d) => "organised in Japan by " + d.names
}
