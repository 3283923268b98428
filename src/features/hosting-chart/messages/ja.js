// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.
import { select } from "@messageformat/runtime";
export default {
  heading: () => "各会合の開催国",
  placed: (d) => "政策会議" + d.total + "回のうち" + d.placed + "回を開催国と年で示しています。",
  marksNumber: () => "印の数字は会合の回次です。ひし形は日本、円はASEAN加盟国、四角はオンライン開催を表します。",
  marksCount: () => "印の数字は、その開催国がその年に開いた会合の数です。ひし形は日本、円はASEAN加盟国、四角はオンライン開催を表します。",
  notPlaced: (d) => "示していない会合：" + d.list + "。",
  unplacedItem: (d) => d.label + "（" + select(d.missing, { host: "開催国の記録なし", year: "年の記録なし", other: "開催国と年の記録なし" }) + "）",
  listSeparator: () => "、",
  chartTitle: () => "図：年ごとの各政策会議の開催国",
  showTable: () => "図を表で表示",
  caption: () => "各政策会議の開催国",
  meeting: () => "会合",
  date: () => "開催日",
  host: () => "開催国"
}
