// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  participantsNotRecorded: () => "参加国の記録なし",
  listSeparator: () => "、",
  japanAndAsean: (d) => d.japan + "とASEAN加盟" + d.count + "か国",
  organisersNotRecorded: () => "主催機関の記録なし",
  organisedBy: (d) => "主催：" + d.names,
  organisedInJapanBy: (d) => "日本側の主催：" + d.names
}
