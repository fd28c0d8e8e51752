/**
 * Years (one decimal, rounded down) from a calendar date to today, for "time in post"; null without
 * a date. Counted by anniversaries, as the rules count years in post: the 5th anniversary shows 5.0,
 * not 4.9 (an average year length would lose the leap days in between).
 */
export function yearsSince(date: string | null, now: Date = new Date()): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const t = now.getTime();
  if (t <= Date.UTC(y, mo, d)) return 0;
  let full = now.getUTCFullYear() - y;
  if (Date.UTC(y + full, mo, d) > t) full--;
  const last = Date.UTC(y + full, mo, d);
  const next = Date.UTC(y + full + 1, mo, d);
  return Math.floor((full + (t - last) / (next - last)) * 10) / 10;
}
