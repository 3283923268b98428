// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  siteTitle: () => "日ASEANサイバーセキュリティ政策会議",
  pageTitle: (d) => d.title + " — " + d.site,
  skipToContent: () => "本文へ移動",
  regionFailed: (d) => d.region + "を表示できませんでした：" + d.message,
  restStillWorks: () => "ページのほかの部分は引き続き使えます。",
  regionRetry: (d) => d.region + "をもう一度表示",
  crashHeading: () => "問題が発生しました",
  crashText: (d) => "この部分でエラーが発生し、回復できませんでした：" + d.message,
  crashReload: () => "概要を読み込み直す",
  sentenceEnd: () => "。",
  colon: () => "：",
  regionTimeline: () => "年表",
  regionDetails: () => "詳細",
  regionMap: () => "地図",
  loading: () => "読み込んでいます…",
  loadingMeetings: () => "会合のデータを読み込んでいます…",
  checkingDataset: () => "データセットを確認しています…",
  couldNotLoad: () => "会合のデータを読み込めませんでした",
  retry: () => "再試行",
  retrying: () => "再試行しています…"
}
