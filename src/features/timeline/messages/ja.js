// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  heading: () => "年表",
  notUnderstood: (d) => "アドレスの次の指定は解釈できないため、適用していません：" + d.names + "。",
  yearsSwapped: (d) => "アドレスの年の指定が逆順のため、" + d.from + "年から" + d.to + "年までとして扱っています。",
  showingSome: (d) => d.total + "件中" + d.shown + "件を表示しています。",
  entries: (d) => d.count + "件。",
  undatedHidden: (d) => "日付の記録がない" + d.count + "件は、年の絞り込みにより除外されています。",
  pagedHint: (d) => "1年ずつ表示しています：" + d.year + "、" + d.first + "～" + d.last + "件目。",
  keysHint: () => "矢印キーで移動し、Enterキーで開きます。",
  pageKeysHint: () => "Page Up／Page Downキーで年を切り替えます。",
  clearFilters: () => "絞り込みを解除",
  emptyDataset: () => "このデータセットには、まだ会合がありません。",
  noMatch: () => "この条件に合う会合はありません。",
  selectedFilteredOut: () => "選択中の項目は、絞り込んだ年表に含まれていません。",
  relatedEvent: () => "関連行事",
  pageAll: () => "すべて",
  pageYear: (d) => d.year + "年",
  pagePart: (d) => d.label + "（" + d.parts + "分割の" + d.part + "）",
  sentenceSeparator: () => ""
}
