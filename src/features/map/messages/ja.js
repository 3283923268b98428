// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  venuesMap: () => "開催地の地図",
  fullSize: () => "地図を大きく表示",
  mapFailed: (d) => "地図を表示できませんでした：" + d.message,
  listHasSame: () => "下の開催地一覧に同じ場所があります。",
  tryAgain: () => "地図をもう一度表示",
  loading: () => "地図を読み込んでいます…",
  loadsInView: () => "地図は画面に入ると読み込まれます。",
  showTiles: () => "OpenStreetMapのタイルを表示（ネットワーク接続が必要）",
  legend: () => "地図の凡例",
  legendAsean: () => "ASEAN加盟国（実線の輪郭、国名あり）",
  legendJapan: () => "日本（破線の輪郭、国名あり）",
  legendNeighbour: () => "近隣国（灰色、国名なし）",
  legendVenue: () => "開催地：政策会議の回数と、＋に続く関連行事の件数（2+1は政策会議2回と関連行事1件）",
  venues: () => "開催地",
  notOnMap: () => "地図に載せていない会合",
  holdsSelected: (d) => d.summary + "・選択中の会合を含む",
  leafletLabel: () => "会合の開催地の地図",
  markerLabel: (d) => d.name + " — " + d.count,
  markerSelected: (d) => d.label + "（選択中）",
  countryOnlyNote: () => "国のみ記録されています。この印は都市ではなく国を示します。",
  placeAndCount: (d) => d.label + " — " + d.count,
  meetingAndDate: (d) => d.label + "、" + d.date,
  placeAndDate: (d) => d.place + "・" + d.date
}
