import type { LocalDate } from '../core/model/local-date.js';

/**
 * Fast calendar arithmetic for the generator: a day is an integer (days since 1970-01-01), a month
 * is `year * 12 + (month - 1)`. The generator makes millions of dates at 100,000 employees, so it
 * avoids `Date` objects and caches the `YYYY-MM-DD` strings.
 */
export type Day = number;
export type MonthIndex = number;

/** Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil). */
export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (civil_from_days). */
export function civil(d: Day): { year: number; month: number; day: number } {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// Cache indexed by day number from 1900-01-01: array lookups beat a Map at millions of calls.
const CACHE_FROM = -25567;
const formatted: (LocalDate | undefined)[] = new Array(200 * 366).fill(undefined);

/** `YYYY-MM-DD` of a day number, cached. */
export function fmt(d: Day): LocalDate {
  const i = d - CACHE_FROM;
  let s = i >= 0 && i < formatted.length ? formatted[i] : undefined;
  if (s === undefined) {
    const c = civil(d);
    s = `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}` as LocalDate;
    if (i >= 0 && i < formatted.length) formatted[i] = s;
  }
  return s;
}

export function parseDay(d: LocalDate): Day {
  return dayOf(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

export function monthOf(d: Day): MonthIndex {
  const c = civil(d);
  return c.year * 12 + c.month - 1;
}

/** The first day of a month index. */
export function monthStart(m: MonthIndex): Day {
  return dayOf(Math.floor(m / 12), (m % 12) + 1, 1);
}

export function yearOf(d: Day): number {
  return civil(d).year;
}

/** The same day of month `months` later, clamped to the month's last day. */
export function addMonthsDay(d: Day, months: number): Day {
  const c = civil(d);
  const m = c.year * 12 + c.month - 1 + months;
  const y = Math.floor(m / 12);
  const mo = (m % 12) + 1;
  const last = dayOf(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) - dayOf(y, mo, 1);
  return dayOf(y, mo, Math.min(c.day, last));
}
