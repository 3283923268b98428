// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  button: () => "データセットを開く…",
  bannerKept: (d) => "ファイルから開いたデータセット「" + d.name + "」を表示しています。このブラウザーに保存されています。",
  bannerNotKept: (d) => "ファイルから開いたデータセット「" + d.name + "」を表示しています。このブラウザーには保存されないため、再読み込みすると同梱のデータセットに戻ります。",
  returnToBundled: () => "同梱のデータセットに戻る",
  foreignLink: (d) => "このリンクは、別のコンピューターで開かれたデータセット「" + d.name + "」の表示中にコピーされたものです。そのデータはここにはないため、同梱のデータセットを表示しています。",
  dialogTitle: () => "データセットを開く",
  intro: () => "自分の会合データをすべての画面で表示できます。対応する形式は、このアプリのJSON形式（「データセットをダウンロード（JSON）」で得られるもの）、このアプリのCSV書き出し、TimelineJSの年表（JSONファイル、またはCSV（UTF-8またはShift_JIS）で保存したスプレッドシート）です。ファイルはこのコンピューターの外に出ず、同梱のデータセットは変更されません。",
  choose: () => "ファイルを選択",
  drop: () => "ページのどこかにファイルをドロップしても開けます。",
  reading: (d) => d.name + "を読み込んでいます…",
  cancel: () => "キャンセル",
  cancelled: () => "キャンセルしました。何も開いていません。",
  close: () => "閉じる",
  failed: (d) => d.heading + "。何も開いていません。",
  opened: (d) => d.name + "を開きました：" + d.format + "から" + d.records + "件。すべての画面に表示されます。",
  openedShiftJis: (d) => d.name + "を開きました：" + d.format + "から" + d.records + "件（" + d.encoding + "の日本語テキストとして読み込み）。文字化けしている場合は「CSV UTF-8」形式で保存し直して開いてください。すべての画面に表示されます。",
  leftOutHeading: () => "ファイルに記載のなかった項目（推測せず「記録なし」と表示）",
  leftOutLabel: () => "含まれなかった項目",
  problemsFound: () => "見つかった問題",
  moreProblems: (d) => "…ほか" + d.count + "件。"
}
