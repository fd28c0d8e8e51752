import { parsePeriodCode } from '../../../core/appraisal/period.js';
import { parseRating, RATING_HINT, type Rating } from '../../../core/appraisal/ratings.js';
import { type FieldIssue, fail, ok, type Result } from '../../../core/errors.js';
import type { Cell } from '../sheet.js';

const issue = (
  field: string,
  value: unknown,
  code: FieldIssue['code'],
  rule: string,
  id: string,
  en: string,
) => ({
  field,
  value,
  code,
  rule,
  message: { id, en },
});

/** A rating on the three-level scale; anything else is out of scale (a predikat, a number...). */
export function ratingCell(cell: Cell, field: string): Result<Rating> {
  const rating = parseRating(cell.text);
  if (rating) return ok(rating);
  return fail(
    issue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'RATING_OUT_OF_SCALE',
      `Nilai "${cell.text}" di luar skala penilaian; gunakan ${RATING_HINT}`,
      `"${cell.text}" is outside the rating scale; use ${RATING_HINT}`,
    ),
  );
}

/** A whole number of days or times; blanks read as `blank`, "3 hari" as 3. */
export function countCell(cell: Cell, field: string, blank: number | null): Result<number | null> {
  const text = cell.text.trim().replace(/\s*(hari|kali|x)$/i, '');
  if (text === '') return ok(blank);
  if (/^\d+([.,]0+)?$/.test(text)) return ok(Number.parseInt(text, 10));
  return fail(
    issue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'WHOLE_NUMBER',
      `Nilai "${cell.text}" harus bilangan bulat 0 atau lebih`,
      `"${cell.text}" must be a whole number, 0 or more`,
    ),
  );
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };
const num = (s: string) => ROMAN[s] ?? Number(s);

/**
 * A period as people write it: a code (`2025`, `2026-TW1`, `2025-S2`, `2026-03`) or words
 * (`Tahunan 2025`, `Triwulan II 2026`, `Semester 1 2025`). Returns the period code.
 */
export function periodCell(cell: Cell, field: string): Result<string> {
  const text = cell.text.trim().toUpperCase().replace(/\s+/g, ' ');
  const direct = parsePeriodCode(text);
  if (direct.ok) return ok(direct.value.code);
  let m = /^(?:TRIWULAN|TW) ?(IV|I{1,3}|[1-4]) (?:TAHUN )?(\d{4})$/.exec(text);
  let code: string | null = m ? `${m[2]}-TW${num(m[1]!)}` : null;
  m = /^SEMESTER ?(I{1,2}|[12]) (?:TAHUN )?(\d{4})$/.exec(text);
  if (m) code = `${m[2]}-S${num(m[1]!)}`;
  m = /^(?:TAHUNAN|TAHUN) (\d{4})$/.exec(text);
  if (m) code = m[1]!;
  const parsed = code ? parsePeriodCode(code) : null;
  if (parsed?.ok) return ok(parsed.value.code);
  return fail({ ...direct.error, field, value: cell.text });
}
