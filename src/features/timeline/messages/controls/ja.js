// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  filterLegend: () => "年表の絞り込み",
  host: () => "開催国",
  allHosts: () => "すべての開催国",
  from: () => "開始年",
  to: () => "終了年",
  anyYear: () => "指定なし",
  yearShown: () => "表示する年",
  year: () => "年",
  pageOption: (d) => d.year + " — " + d.count + "件",
  noneBefore: () => "これより前はありません",
  noneAfter: () => "これより後はありません",
  previousYear: () => "前の年：",
  nextYear: () => "次の年："
}
