import { fail, ok, type Result } from '../../core/errors.js';
import { invalidDate, isValidCalendarDate, type LocalDate, localDate } from '../../core/model/local-date.js';
import type { Cell } from './sheet.js';

const MONTHS: Readonly<Record<string, number>> = {
  JANUARI: 1,
  JAN: 1,
  JANUARY: 1,
  FEBRUARI: 2,
  FEB: 2,
  PEBRUARI: 2,
  PEB: 2,
  FEBRUARY: 2,
  MARET: 3,
  MAR: 3,
  MARCH: 3,
  APRIL: 4,
  APR: 4,
  MEI: 5,
  MAY: 5,
  JUNI: 6,
  JUN: 6,
  JUNE: 6,
  JULI: 7,
  JUL: 7,
  JULY: 7,
  AGUSTUS: 8,
  AGU: 8,
  AGT: 8,
  AGS: 8,
  AUG: 8,
  AUGUST: 8,
  SEPTEMBER: 9,
  SEP: 9,
  SEPT: 9,
  OKTOBER: 10,
  OKT: 10,
  OCT: 10,
  OCTOBER: 10,
  NOVEMBER: 11,
  NOV: 11,
  NOPEMBER: 11,
  NOP: 11,
  DESEMBER: 12,
  DES: 12,
  DEC: 12,
  DECEMBER: 12,
};

/** Day 0 of Excel's 1900 date system is 1899-12-30 (it counts the non-existent 1900-02-29). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function excelSerial(serial: number): LocalDate | null {
  // 1 (1900-01-01) .. 2958465 (9999-12-31); a time part is dropped.
  if (!(serial >= 1 && serial < 2_958_466)) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fromParts(year: number, month: number, day: number): LocalDate | null {
  return isValidCalendarDate(year, month, day) ? localDate(year, month, day) : null;
}

/** Reads a date the way Indonesian spreadsheets write it; null when it is none of those forms. */
export function readDate(cell: Cell): LocalDate | null {
  if (cell.date) return cell.date as LocalDate;
  const text = cell.text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (cell.number !== undefined) return excelSerial(cell.number);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[ -]([A-Z]+)\.?[ -](\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!];
    return month ? fromParts(Number(m[3]), month, Number(m[1])) : null;
  }
  if (/^\d{4,7}(\.\d+)?$/.test(text)) return excelSerial(Number(text));
  return null;
}

/**
 * A date cell: an XLSX date, `dd-mm-yyyy`, `dd/mm/yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, Indonesian
 * month names (`5 Januari 1990`, `05 Jan 1990`, `5-Agu-1990`) or an Excel serial number (a date
 * column formatted as General shows `32878`). Day-first always: Indonesian files never write
 * month-first.
 * @example dateCell({ text: '5 Januari 1990' }, 'birthDate') // ok '1990-01-05'
 */
export function dateCell(cell: Cell, field: string): Result<LocalDate> {
  const date = readDate(cell);
  if (date) return ok(date);
  const issue = invalidDate(field, cell.text);
  return fail({
    ...issue,
    message: {
      id: `Tanggal "${cell.text}" tidak valid: gunakan HH-BB-TTTT, HH/BB/TTTT atau "5 Januari 1990"`,
      en: `Date "${cell.text}" is invalid: use dd-mm-yyyy, dd/mm/yyyy or "5 Januari 1990"`,
    },
  });
}
