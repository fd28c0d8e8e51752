import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNip, formatNumber, formatPercent, localeOf } from './format';
import { yearsSince } from './years-since';

describe('formatDate', () => {
  it('writes a calendar date the Indonesian way by default and as en-GB in English', () => {
    expect(formatDate('1986-09-26', 'id')).toBe('26 September 1986');
    expect(formatDate('1986-09-26', 'en')).toBe('26 September 1986');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('2026-08-17', 'en', 'short')).toBe('17 Aug 2026');
  });

  it('keeps the calendar day of an instant late in the UTC day', () => {
    expect(formatDate('2026-01-31T23:30:00Z', 'id')).toBe('31 Januari 2026');
  });

  it('passes null through and shows an unreadable value as it came', () => {
    expect(formatDate(null, 'id')).toBeNull();
    expect(formatDate('', 'en')).toBeNull();
    expect(formatDate('not a date', 'id')).toBe('not a date');
  });
});

describe('numbers', () => {
  it('groups thousands with a dot in Indonesian and a comma in English', () => {
    expect(formatNumber(100_000, 'id')).toBe('100.000');
    expect(formatNumber(100_000, 'en')).toBe('100,000');
    expect(formatNumber(2.345, 'id', 1)).toBe('2,3');
  });

  it('writes ratios as percentages with at most one decimal', () => {
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0.5, 'id')).toMatch(/^50\s?%$/);
  });

  it('uses the Indonesian locale unless English is chosen', () => {
    expect(localeOf('id')).toBe('id-ID');
    expect(localeOf('en')).toBe('en-GB');
  });
});

describe('formatNip', () => {
  it('spaces an 18-digit NIP as printed and leaves anything else alone', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip('12345')).toBe('12345');
  });
});

describe('yearsSince', () => {
  const now = new Date(Date.UTC(2026, 5, 1));

  it('counts years to one decimal, rounded down', () => {
    expect(yearsSince('2021-05-01', now)).toBe(5);
    expect(yearsSince('2016-01-01', now)).toBe(10.4);
    expect(yearsSince('2025-12-01', now)).toBe(0.4);
  });

  it('reaches a whole year on the anniversary, leap days in between or not', () => {
    expect(yearsSince('2021-06-01', now)).toBe(5);
    expect(yearsSince('2021-06-02', now)).toBe(4.9);
    expect(yearsSince('2024-02-29', new Date(Date.UTC(2028, 1, 29)))).toBe(4);
  });

  it('gives null without a readable date and never a negative time', () => {
    expect(yearsSince(null, now)).toBeNull();
    expect(yearsSince('soon', now)).toBeNull();
    expect(yearsSince('2027-01-01', now)).toBe(0);
  });
});

describe('formatDateTime', () => {
  it("shows an instant on the instansi's clock, not UTC: late 7 Dec UTC is the morning of 8 Dec in WIB", () => {
    expect(formatDateTime('2026-12-07T23:18:05Z', 'id')).toBe('8 Des 2026, 06.18 WIB');
    expect(formatDateTime('2026-12-07T23:18:05Z', 'id', 'Asia/Jayapura')).toBe('8 Des 2026, 08.18 WIT');
    expect(formatDateTime('nonsense', 'id')).toBe('nonsense');
  });
});

describe('percentages', () => {
  it('write a decimal comma in Indonesian', () => {
    expect(formatPercent(0.125, 'id')).toBe('12,5%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
  });
});
