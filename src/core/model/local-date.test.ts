import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  type LocalDate,
  localDate,
  parseLocalDate,
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
});
