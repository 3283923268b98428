// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  building: () => "PowerPointファイルを作成しています…",
  downloaded: (d) => d.file + "（" + d.size + " KB）をダウンロードしました。",
  notBuilt: (d) => "PowerPointファイルを作成できませんでした：" + d.error,
  downloadPptx: () => "スライドをダウンロード（PowerPoint）",
  slidesAsPdf: () => "スライドのPDF",
  slidesAsPdfNotes: () => "スライドのPDF（発表者ノート付き）",
  mapUnavailable: () => "地図を表示できません",
  mapAlt: () => "会合の開催地の地図",
  subject: () => "ブリーフィング"
}
