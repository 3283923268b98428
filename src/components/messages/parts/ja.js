// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  notRecorded: () => "記録なし",
  whatNotRecorded: (d) => d.what + "の記録なし",
  strengthA: () => "政府の資料（A）",
  strengthB: () => "報道（B）",
  strengthC: () => "小規模なサイト（C）",
  strengthNotRecorded: () => "資料の確度の記録なし",
  sourceDate: () => "日付",
  gives: (d) => "この資料が示すこと：" + d.supports,
  addressNotRecorded: () => "アドレスの記録なし",
  opensInNewTab: () => "（新しいタブで開きます）",
  copyLink: () => "リンクをコピー",
  linkCopied: () => "リンクをコピーしました",
  copyRefused: () => "コピーが許可されませんでした。アドレスは次のとおりです："
}
