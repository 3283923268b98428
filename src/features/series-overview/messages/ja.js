// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  heading: () => "会議の概要",
  nameNotRecorded: () => "会議の名称は記録されていません。",
  todaysName: () => "現在の名称：",
  earlierBelow: () => "（以前の名称は下記）。",
  noMeetings: () => "このデータセットには、まだ会合がありません。",
  counts: (d) => "政策会議" + d.policy + "回と関連行事" + d.related + "件を収録しています。年表から選ぶと詳細を表示します。",
  whoTakesPart: () => "参加国",
  asOf: (d) => "（" + d.date + "までの資料による）",
  aseanMembers: () => "ASEAN加盟国",
  countries: () => "国",
  japan: () => "日本",
  organisers: () => "主催機関",
  japaneseOrganisers: () => "日本側の主催機関",
  notRecorded: () => "記録なし",
  namesOverTime: () => "名称の変遷",
  sources: () => "出典"
}
