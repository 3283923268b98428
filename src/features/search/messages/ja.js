// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  heading: () => "検索",
  label: () => "会合を検索",
  hint: () => "題名、成果、共同議長、機関、場所、注記、出典の題名を検索します。どのページからでも / キーでここに来られます。資料の多くは英語のため、英語の語でも検索してください。",
  pageTitle: () => "検索",
  pageTitleQuery: (d) => "検索：" + d.query,
  typeAWord: () => "検索する語を入力してください。",
  noResults: (d) => "「" + d.query + "」に一致する結果はありません。",
  results: (d) => "「" + d.query + "」の検索結果：" + d.total + "件。",
  resultsSome: (d) => "「" + d.query + "」の検索結果：" + d.total + "件（最初の" + d.shown + "件を表示）。",
  achievement: (d) => d.meeting + "の成果" + d.n,
  more: () => "残りを見るには語を絞り込んでください。",
  fieldTitle: () => "題名",
  fieldAchievement: () => "成果",
  fieldSummary: () => "概要",
  fieldCoChairs: () => "共同議長",
  fieldOrganisations: () => "機関",
  fieldPlace: () => "場所",
  fieldNotes: () => "注記",
  fieldSources: () => "出典"
}
