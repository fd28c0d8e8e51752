import { type FieldIssue, fail, ok, type Result } from '../../core/errors.js';
import { type Nip, normalizeNip } from '../../core/model/nip.js';
import type { Cell } from './sheet.js';

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'NIP_INVALID',
  rule,
  message: { id, en },
});

/**
 * A NIP cell: spaces, dots and dashes are dropped; 18 digits are required. A NIP that a spreadsheet
 * stored as a number has lost its last digits (Excel keeps 15): numeric cells beyond the safe
 * integer range, scientific notation and NIPs ending in 000 are refused with the fix ("format the
 * NIP column as text"), never completed by guessing or looked up as someone else.
 * @example nipCell({ text: '19860926 201505 1 001' }, 'nip') // ok '198609262015051001'
 */
export function nipCell(cell: Cell, field: string): Result<Nip> {
  const raw = cell.text.trim();
  const lost = () =>
    fail(
      issue(
        field,
        raw,
        'NIP_LOST_DIGITS',
        `NIP "${raw}" tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai Teks lalu isi ulang`,
        `NIP "${raw}" was stored as a number and lost its last digits; format the NIP column as Text and enter it again`,
      ),
    );
  if (cell.number !== undefined && !Number.isSafeInteger(cell.number)) return lost();
  if (/^\d+([.,]\d+)?E\+?\d+$/i.test(raw)) return lost();
  // `'1986...` (Excel's text prefix) and `="1986..."` (how CSV exports keep Excel from rounding).
  const digits = normalizeNip(raw.replace(/^'/, '').replace(/^="(.*)"$/, '$1'));
  if (!/^\d+$/.test(digits)) {
    return fail(
      issue(
        field,
        raw,
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
        'NIP_LENGTH',
        `NIP "${raw}" harus 18 digit (ada ${digits.length})`,
        `NIP "${raw}" must have 18 digits (it has ${digits.length})`,
      ),
    );
  }
  if (digits.endsWith('000')) return lost();
  return ok(digits as Nip);
}
