import { DomainError, type FieldIssue } from '../../core/errors.js';
import { isGolonganCode, unknownGolongan } from '../../core/model/golongan.js';
import { type LocalDate, parseLocalDate } from '../../core/model/local-date.js';
import { type EmploymentType, parseNip } from '../../core/model/nip.js';
import { PAPER_POINTS } from '../pdf/paper.js';

/**
 * Field checks shared by the three document validators. Each returns the issues it found, so a
 * validator can report every problem at once; {@link throwIssues} turns them into one DomainError.
 */

export function requiredText(field: string, value: unknown, label: { id: string; en: string }): FieldIssue[] {
  if (typeof value === 'string' && value.trim() !== '') return [];
  return [
    {
      field,
      value,
      code: 'VALIDATION_FAILED',
      rule: 'REQUIRED',
      message: { id: `${label.id} wajib diisi`, en: `${label.en} is required` },
    },
  ];
}

export function nonEmptyList(
  field: string,
  value: readonly unknown[] | undefined,
  rule: string,
  label: { id: string; en: string },
): FieldIssue[] {
  if (Array.isArray(value) && value.length > 0) return [];
  return [
    {
      field,
      value,
      code: 'VALIDATION_FAILED',
      rule,
      message: { id: `${label.id} tidak boleh kosong`, en: `${label.en} must not be empty` },
    },
  ];
}

export function validDate(field: string, value: unknown): FieldIssue[] {
  const result = parseLocalDate(typeof value === 'string' ? value : String(value), field);
  return result.ok ? [] : [result.error];
}

/**
 * NIPs are checked with the core rules as of the document date (no TMT CPNS after it). An SK on
 * PNS transfers names PNS only (`'PNS'`); board minutes may name anyone reviewed, so a PPPK number
 * (cohort code in digits 13-14) is read there too (no type given).
 */
export function validNip(
  field: string,
  value: unknown,
  asOf: LocalDate,
  employmentType?: EmploymentType,
): FieldIssue[] {
  const result = parseNip(value, employmentType ? { employmentType, asOf, field } : { asOf, field });
  return result.ok ? [] : [result.error];
}

export function validGolongan(field: string, value: unknown): FieldIssue[] {
  return isGolonganCode(value) ? [] : [unknownGolongan(field, value)];
}

export function validPaper(value: unknown): FieldIssue[] {
  if (value === undefined || (typeof value === 'string' && value in PAPER_POINTS)) return [];
  return [
    {
      field: 'paper',
      value,
      code: 'VALIDATION_FAILED',
      rule: 'PAPER_SIZE',
      message: { id: 'Ukuran kertas harus A4 atau F4', en: 'Paper size must be A4 or F4' },
    },
  ];
}

export function duplicateNips(field: string, nips: readonly string[]): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  nips.forEach((nip, i) => {
    const key = nip.replace(/\D/g, '');
    if (seen.has(key)) {
      issues.push({
        field: `${field}.${i}.nip`,
        value: nip,
        code: 'VALIDATION_FAILED',
        rule: 'NIP_UNIQUE_IN_DOCUMENT',
        message: {
          id: `NIP ${nip} tercantum lebih dari satu kali`,
          en: `NIP ${nip} is listed more than once`,
        },
      });
    }
    seen.add(key);
  });
  return issues;
}

/** Throws the first issue as a DomainError that also carries all of them. */
export function throwIssues(issues: readonly FieldIssue[]): void {
  const first = issues[0];
  if (!first) return;
  throw new DomainError(first.code, first.message, {
    field: first.field,
    value: first.value,
    rule: first.rule,
    issues,
  });
}
