import { type ErrorCode, type FieldIssue, fail, ok, type Result } from '../../core/errors.js';
import { EDUCATION_LEVELS, type EducationLevel } from '../../core/model/education.js';
import type { Gender } from '../../core/model/employee.js';
import { type GolonganCode, parseGolongan } from '../../core/model/golongan.js';
import type { Cell } from './sheet.js';

export const cellIssue = (
  field: string,
  value: unknown,
  code: ErrorCode,
  rule: string,
  id: string,
  en: string,
): FieldIssue => ({ field, value, code, rule, message: { id, en } });

/** Golongan as `III/c`, `3c`, `III-c`, `III c`, `33` or the pangkat name (`Penata`): core decides. */
export function golonganCell(cell: Cell, field: string): Result<GolonganCode> {
  const value = cell.number !== undefined ? cell.text.trim() : cell.text;
  return parseGolongan(value, field);
}

const GENDERS: Readonly<Record<string, Gender>> = {
  L: 'M',
  LK: 'M',
  'LAKI-LAKI': 'M',
  'LAKI LAKI': 'M',
  LAKI: 'M',
  PRIA: 'M',
  M: 'M',
  MALE: 'M',
  '1': 'M',
  P: 'F',
  PR: 'F',
  PEREMPUAN: 'F',
  WANITA: 'F',
  F: 'F',
  FEMALE: 'F',
  W: 'F',
  '2': 'F',
};

/** JENIS KELAMIN: L / P, Laki-laki / Perempuan, Pria / Wanita (or the NIP's 1 / 2). */
export function genderCell(cell: Cell, field: string): Result<Gender> {
  const g = GENDERS[cell.text.trim().toUpperCase().replace(/\.$/, '')];
  if (g) return ok(g);
  return fail(
    cellIssue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'GENDER_UNKNOWN',
      `Jenis kelamin "${cell.text}" tidak dikenal: gunakan L atau P`,
      `Unknown gender "${cell.text}": use L or P`,
    ),
  );
}

const LEVEL_ALIASES: Readonly<Record<string, EducationLevel>> = {
  SD: 'SD',
  SR: 'SD',
  SMP: 'SMP',
  SLTP: 'SMP',
  MTS: 'SMP',
  SMA: 'SMA',
  SLTA: 'SMA',
  SMU: 'SMA',
  SMK: 'SMA',
  MA: 'SMA',
  STM: 'SMA',
  SPK: 'SMA',
  D1: 'D1',
  DI: 'D1',
  D2: 'D2',
  DII: 'D2',
  D3: 'D3',
  DIII: 'D3',
  D4: 'D4',
  DIV: 'D4',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
  SARJANA: 'S1',
  MAGISTER: 'S2',
  DOKTOR: 'S3',
};

/** PENDIDIKAN as written: `S1`, `S-1`, `D III`, `D-III`, `DIII`, `D3`, `SLTA`, `SMK`, ... */
export function educationLevelCell(cell: Cell, field: string): Result<EducationLevel> {
  const key = cell.text
    .trim()
    .toUpperCase()
    .split(/[\s/(]/)[0]!
    .replace(/[-.]/g, '');
  const compact = cell.text
    .trim()
    .toUpperCase()
    .replace(/[\s.-]/g, '');
  const level =
    LEVEL_ALIASES[compact] ??
    LEVEL_ALIASES[key] ??
    (EDUCATION_LEVELS as readonly string[]).find((l) => compact.startsWith(l)) ??
    LEVEL_ALIASES[/^(DIV|DIII|DII|DI|D[1-4]|S[1-3])/.exec(compact)?.[1] ?? ''];
  if (level) return ok(level as EducationLevel);
  return fail(
    cellIssue(
      field,
      cell.text,
      'EDUCATION_INVALID',
      'EDUCATION_LEVEL',
      `Jenjang pendidikan "${cell.text}" tidak dikenal: gunakan SD, SMP, SMA, D1-D4, S1-S3`,
      `Unknown education level "${cell.text}": use SD, SMP, SMA, D1-D4, S1-S3`,
    ),
  );
}

/** A whole number in a range (a year, kelas jabatan, seats): `2012`, `2012.0`, `2.012` never. */
export function integerCell(cell: Cell, field: string, min: number, max: number): Result<number> {
  const text = cell.text.trim();
  const n = /^\d+([.,]0+)?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return ok(n);
  return fail(
    cellIssue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'WHOLE_NUMBER_RANGE',
      `Nilai "${cell.text}" harus bilangan bulat ${min} sampai ${max}`,
      `"${cell.text}" must be a whole number from ${min} to ${max}`,
    ),
  );
}

/** One of a list of codes, read case-insensitively with spaces as underscores; labels may alias. */
export function choiceCell<T extends string>(
  cell: Cell,
  field: string,
  choices: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Result<T> {
  const key = cell.text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  const found = (choices as readonly string[]).includes(key) ? (key as T) : aliases[key];
  if (found) return ok(found);
  return fail(
    cellIssue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'VALUE_NOT_ALLOWED',
      `Nilai "${cell.text}" tidak dikenal: gunakan salah satu dari ${choices.join(', ')}`,
      `Unknown value "${cell.text}": use one of ${choices.join(', ')}`,
    ),
  );
}

/** Required text, trimmed, inner runs of spaces collapsed. */
export function textCell(cell: Cell, field: string, label: string): Result<string> {
  const text = cell.text.trim().replace(/\s+/g, ' ');
  if (text !== '') return ok(text);
  return fail(
    cellIssue(field, '', 'VALIDATION_FAILED', 'REQUIRED', `${label} wajib diisi`, `${label} is required`),
  );
}

/** Optional text: blank reads as null. */
export const optionalText = (cell: Cell): string | null => {
  const text = cell.text.trim().replace(/\s+/g, ' ');
  return text === '' ? null : text;
};
