import { parsePeriodCode } from '../../core/appraisal/period.js';
import { parseRating, RATING_HINT, type Rating } from '../../core/appraisal/ratings.js';
import { type FieldIssue, fail, ok, type Result } from '../../core/errors.js';
import { type Nip, normalizeNip } from '../../core/model/nip.js';
import type { Cell } from './sheet.js';

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

/**
 * A NIP cell: spaces, dots and dashes are dropped; 18 digits are required. A NIP that a spreadsheet
 * stored as a number has lost its last digits (Excel keeps 15): numeric cells, scientific notation
 * and NIPs ending in 000 are refused with the reason, not looked up as someone else.
 * @example nipCell({ text: '19860926 201505 1 001' }, 'NIP') // ok '198609262015051001'
 */
export function nipCell(cell: Cell, field: string): Result<Nip> {
  const raw = cell.text.trim();
  const lost = () =>
    fail(
      issue(
        field,
        raw,
        'NIP_INVALID',
        'NIP_LOST_DIGITS',
        `NIP "${raw}" tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai Teks lalu isi ulang`,
        `NIP "${raw}" was stored as a number and lost its last digits; format the NIP column as Text and enter it again`,
      ),
    );
  if (cell.number !== undefined && !Number.isSafeInteger(cell.number)) return lost();
  if (/^\d+([.,]\d+)?E\+?\d+$/i.test(raw)) return lost();
  const digits = normalizeNip(raw);
  if (!/^\d+$/.test(digits)) {
    return fail(
      issue(
        field,
        raw,
        'NIP_INVALID',
        'NIP_FORMAT',
        `NIP "${raw}" hanya boleh berisi angka`,
        `NIP "${raw}" may contain only digits`,
      ),
    );
  }
  if (digits.length !== 18) {
    return fail(
      issue(
        field,
        raw,
        'NIP_INVALID',
        'NIP_LENGTH',
        `NIP "${raw}" harus 18 digit (ada ${digits.length})`,
        `NIP "${raw}" must have 18 digits (it has ${digits.length})`,
      ),
    );
  }
  if (digits.endsWith('000')) return lost();
  return ok(digits as Nip);
}

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
