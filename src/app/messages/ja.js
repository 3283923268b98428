// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  headerActions: () => "検索・データ・共有・印刷",
  search: () => "検索",
  handoutAndExport: () => "配布資料・書き出し",
  languageSwitch: () => "English",
  languageSwitchLabel: () => "Show this view in English (英語で表示)",
  regionTimeline: () => "年表",
  regionDetails: () => "詳細",
  regionMap: () => "地図"
}
