// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  policyCount: (d) => "政策会議" + d.count + "回",
  relatedCount: (d) => "関連行事" + d.count + "件",
  both: (d) => d.policy + "、" + d.related,
  noMeetings: () => "会合なし",
  countryOnly: (d) => d.name + "（国のみ）"
}
