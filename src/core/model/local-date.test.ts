import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  DEFAULT_TIME_ZONE,
  daysInMonth,
  isLeapYear,
  isTimeZone,
  isValidCalendarDate,
  type LocalDate,
  localDate,
  parseLocalDate,
  toLocalDate,
  toLocalDateIn,
  wholeMonthsBetween,
} from './local-date.js';

const d = (s: string) => s as LocalDate;

describe('LocalDate', () => {
  it('refuses impossible dates with the field named', () => {
    expect(parseLocalDate('2023-02-29', 'birthDate')).toMatchObject({
      ok: false,
      error: { field: 'birthDate', code: 'DATE_INVALID' },
    });
    expect(parseLocalDate('2024-02-29').ok).toBe(true);
    expect(parseLocalDate('2024-13-01').ok).toBe(false);
    expect(parseLocalDate('29-02-2024').ok).toBe(false);
  });

  it('counts whole months of tenure the way PP 11/2017 Pasal 190 needs (the 2-year mark)', () => {
    expect(wholeMonthsBetween(d('2019-03-15'), d('2021-03-14'))).toBe(23);
    expect(wholeMonthsBetween(d('2019-03-15'), d('2021-03-15'))).toBe(24);
    expect(wholeMonthsBetween(d('2019-01-31'), d('2019-02-28'))).toBe(1);
    expect(wholeMonthsBetween(d('2021-03-15'), d('2019-03-15'))).toBe(-24);
  });

  it('adds months clamping to the end of shorter months', () => {
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2024-03-22'), -6)).toBe('2023-09-22');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
  });

  it('computes age in whole years', () => {
    expect(ageOn(d('1970-06-15'), d('2026-06-14'))).toBe(55);
    expect(ageOn(d('1970-06-15'), d('2026-06-15'))).toBe(56);
  });

  it('property: adding n months then counting gives n back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2050 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 600 }),
        (y, m, day, n) => {
          const start = localDate(y, m, day);
          expect(wholeMonthsBetween(start, addMonths(start, n))).toBe(n);
        },
      ),
    );
  });

  it('knows the calendar at its boundaries: month ends, leap years, centuries, year range', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([2023, 2024, 1900, 2000, 2100, 2400].map((y) => daysInMonth(y, 2))).toEqual([
      28, 29, 28, 29, 28, 29,
    ]);
    expect([1900, 2000, 2024, 2023].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2023, 12, 31)).toBe(true);
    expect(isValidCalendarDate(2023, 1, 0)).toBe(false);
    expect(isValidCalendarDate(2023, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 13, 1)).toBe(false);
    expect(isValidCalendarDate(1, 1, 1)).toBe(true);
    expect(isValidCalendarDate(9999, 12, 31)).toBe(true);
    expect(isValidCalendarDate(0, 12, 31)).toBe(false);
    expect(isValidCalendarDate(10000, 1, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 1.5, 1)).toBe(false);
    expect(isValidCalendarDate(Number.NaN, 1, 1)).toBe(false);
  });

  it('property: the arithmetic calendar agrees with Date on every day of years 100-9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 32 }),
        (y, m, day) => {
          const viaDate = new Date(Date.UTC(y, m - 1, day));
          const exists = viaDate.getUTCMonth() === m - 1 && viaDate.getUTCDate() === day;
          expect(isValidCalendarDate(y, m, day)).toBe(exists);
          expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('toLocalDateIn', () => {
  it("gives the office's date, which differs from UTC's around midnight", () => {
    const lateUtc = new Date('2026-12-07T23:18:00Z');
    expect(toLocalDate(lateUtc)).toBe('2026-12-07');
    expect(toLocalDateIn(lateUtc, 'Asia/Jakarta')).toBe('2026-12-08');
    expect(toLocalDateIn(new Date('2026-12-07T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-07');
    expect(toLocalDateIn(new Date('2026-12-07T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-12-08');
    expect(toLocalDateIn(new Date('2026-12-31T15:30:00Z'), 'Asia/Jayapura')).toBe('2027-01-01');
    expect(toLocalDateIn(new Date('2026-12-31T15:30:00Z'), 'Asia/Makassar')).toBe('2026-12-31');
  });

  it('knows the three Indonesian zones and refuses a made-up one', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', DEFAULT_TIME_ZONE])
      expect(isTimeZone(zone)).toBe(true);
    expect(isTimeZone('Asia/Sibolga')).toBe(false);
  });
});
