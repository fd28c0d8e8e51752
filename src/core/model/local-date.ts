import { type FieldIssue, fail, ok, type Result } from '../errors.js';

/**
 * A calendar date without time zone, as `YYYY-MM-DD`. TMT dates, birth dates and SK dates are
 * calendar dates in Indonesian administration, so they never carry a time or a zone.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

// Plain arithmetic, no Date: an import checks several dates per row, 100,000 rows at a time.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian leap years (proleptic, as `Date` counts them): 2000 and 2024 are, 1900 and 2100 are not. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Parses `YYYY-MM-DD` and refuses impossible dates such as 2023-02-29.
 * @example parseLocalDate('2024-02-29', 'birthDate') // ok
 */
export function parseLocalDate(input: string, field = 'date'): Result<LocalDate> {
  const m = ISO_DATE.exec(input);
  if (!m || !isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return fail(invalidDate(field, input));
  }
  return ok(input as LocalDate);
}

export function invalidDate(field: string, value: unknown): FieldIssue {
  return {
    field,
    value,
    code: 'DATE_INVALID',
    rule: 'CALENDAR_DATE',
    message: {
      id: `Tanggal "${String(value)}" tidak valid: gunakan format TTTT-BB-HH dengan tanggal yang ada di kalender`,
      en: `Date "${String(value)}" is invalid: use YYYY-MM-DD with a date that exists in the calendar`,
    },
  };
}

/** Trusted construction from parts known to be valid (generators, arithmetic). */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isValidCalendarDate(year, month, day)) throw new RangeError(`invalid date ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** The calendar date of an instant in UTC (date arithmetic and fixed test instants use it). */
export function toLocalDate(instant: Date): LocalDate {
  return localDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/**
 * Where an instansi works when nothing else is set: Sibolga, like all of Sumatra and Java, keeps
 * Western Indonesian Time (WIB, UTC+7). Central (WITA) is `Asia/Makassar`, Eastern (WIT) `Asia/Jayapura`.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** Whether `zone` is an IANA time zone this runtime knows (e.g. `Asia/Jakarta`). */
export function isTimeZone(zone: string): boolean {
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date of an instant where the office is: "today" for an SK, an announcement or an
 * objection window is the date on the office's wall, not in Greenwich. Shells turn the clock into
 * `asOf` with it.
 * @example toLocalDateIn(new Date('2026-12-07T23:18:00Z'), 'Asia/Jakarta') // '2026-12-08'
 */
export function toLocalDateIn(instant: Date, timeZone: string): LocalDate {
  const parts = zoneFormat(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return localDate(part('year'), part('month'), part('day'));
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(d);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return localDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(d: LocalDate, years: number): LocalDate {
  return addMonths(d, years * 12);
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const { year, month, day } = dateParts(d);
  return toLocalDate(new Date(Date.UTC(year, month - 1, day + days)));
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole calendar months from `from` to `to` (negative when `to` is earlier), the way tenure is
 * counted in personnel rules: 2019-03-15 -> 2021-03-14 is 23 months, -> 2021-03-15 is 24.
 */
export function wholeMonthsBetween(from: LocalDate, to: LocalDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day && !isLastDayClamp(a, b)) months -= 1;
  if (months < 0 && b.day > a.day) months += 1;
  return months;
}

// 31 Jan + 1 month = 28 Feb counts as a full month.
function isLastDayClamp(a: { day: number }, b: { year: number; month: number; day: number }): boolean {
  return b.day === daysInMonth(b.year, b.month) && a.day > b.day;
}

/** Age in whole years on a date (birthdays on 29 Feb count on 28 Feb in common years). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  return Math.floor(wholeMonthsBetween(birthDate, on) / 12);
}
