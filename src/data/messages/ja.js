// Compiled from ja.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  dateNotRecorded: () => "日付の記録なし",
  monthShort: (d) => d.month + "月",
  monthLong: (d) => d.month + "月",
  dateYear: (d) => d.year + "年",
  dateMonth: (d) => d.year + "年" + d.monthName,
  dateDay: (d) => d.year + "年" + d.monthName + d.day + "日",
  dateDaysInMonth: (d) => d.year + "年" + d.monthName + d.startDay + "日～" + d.endDay + "日",
  dateDaysInYear: (d) => d.year + "年" + d.startMonth + d.startDay + "日～" + d.endMonth + d.endDay + "日",
  dateDaysAcrossYears: (d) => d.startYear + "年" + d.startMonth + d.startDay + "日～" + d.endYear + "年" + d.endMonth + d.endDay + "日",
  policyMeeting: (d) => "第" + d.number + "回会合",
  placeNotRecorded: () => "開催地の記録なし",
  online: () => "オンライン",
  cityNotRecorded: (d) => d.country + "（都市の記録なし）",
  cityAndCountry: (d) => d.city + "（" + d.country + "）",
  statusHeld: () => "開催済み",
  statusAnnounced: () => "開催予定",
  statusNotRecorded: () => "開催状況の記録なし"
}
