import { dateParts, type LocalDate } from '../../core/model/local-date.js';

const MONTHS = [
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
] as const;

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/**
 * The long date of Indonesian official letters, without a leading zero.
 * @example formatLongDate('2026-11-08' as LocalDate) // '8 November 2026'
 */
export function formatLongDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The weekday name, as berita acara open with it (`Pada hari ini Sabtu, tanggal ...`).
 * @example dayName('2026-11-28' as LocalDate) // 'Sabtu'
 */
export function dayName(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** Midnight UTC of a calendar date: the fixed CreationDate that keeps PDF bytes deterministic. */
export function dateAsInstant(date: LocalDate): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}
