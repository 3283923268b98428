// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  headerActions: () => "Search, data, share and print",
  search: () => "Search",
  handoutAndExport: () => "Handout & export",
  languageSwitch: () => "日本語",
  languageSwitchLabel: () => "この画面を日本語で表示 (show this view in Japanese)",
  regionTimeline: () => "timeline",
  regionDetails: () => "details",
  regionMap: () => "map"
}
