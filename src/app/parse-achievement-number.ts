/** The achievement number from the URL, when it names one of the meeting's `count` achievements. */
export function parseAchievementNumber(raw: string, count: number): number | undefined {
  if (!/^[1-9]\d*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= count ? n : undefined;
}
