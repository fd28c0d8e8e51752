import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LocalDate, localDate } from '../../core/model/local-date.js';
import { dateAsInstant, dayName, formatLongDate } from './indonesian-date.js';

describe('Indonesian dates', () => {
  it('writes the long form without a leading zero', () => {
    expect(formatLongDate('2026-11-28' as LocalDate)).toBe('28 November 2026');
    expect(formatLongDate('2025-02-01' as LocalDate)).toBe('1 Februari 2025');
    expect(formatLongDate('2024-08-17' as LocalDate)).toBe('17 Agustus 2024');
    expect(formatLongDate('2023-12-09' as LocalDate)).toBe('9 Desember 2023');
  });

  it('names the weekday', () => {
    expect(dayName('2026-11-28' as LocalDate)).toBe('Sabtu');
    expect(dayName('2026-11-20' as LocalDate)).toBe('Jumat');
    expect(dayName('2024-08-17' as LocalDate)).toBe('Sabtu');
    expect(dayName('2025-02-20' as LocalDate)).toBe('Kamis');
  });

  it('round-trips: day, month name and year read back to the same date', () => {
    const months = [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const [day, month, year] = formatLongDate(localDate(y, m, d)).split(' ');
          expect([Number(day), months.indexOf(month!) + 1, Number(year)]).toEqual([d, m, y]);
        },
      ),
    );
  });

  it('turns a date into midnight UTC for the PDF creation date', () => {
    expect(dateAsInstant('2026-11-28' as LocalDate).toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });
});
