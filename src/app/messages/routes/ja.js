// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  mapTitle: () => "開催地の地図",
  backToTimeline: () => "← 年表に戻る",
  pageNotFound: () => "ページが見つかりません（404）",
  nothingAt: () => "次のアドレスには何もありません：",
  goToOverview: () => "概要と年表へ",
  slideNotFound: () => "スライドが見つかりません",
  noSuchSlide: (d) => "このスライド構成は" + d.count + "枚のため、スライド「" + d.slide + "」はありません。",
  startFromFirst: () => "最初のスライドから始める",
  or: () => "か、",
  backToExplorer: () => "年表と地図に戻ってください",
  headerActions: () => "検索・データ・共有・印刷",
  search: () => "検索",
  handoutAndExport: () => "配布資料・書き出し"
}
