/** Years (one decimal) from a calendar date to today, for "time in post"; null without a date. */
export function yearsSince(date: string | null, now: Date = new Date()): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const years = (now.getTime() - start) / (365.2425 * 86_400_000);
  return Math.max(0, Math.floor(years * 10) / 10);
}
