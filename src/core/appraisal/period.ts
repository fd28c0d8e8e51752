import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import { daysInMonth, type LocalDate, localDate } from '../model/local-date.js';

/**
 * Evaluation periods: the instansi chooses monthly, quarterly (triwulan, as BKN's e-Kinerja),
 * semester or annual evaluation (PermenPANRB 6/2022; DOMAIN.md 5.4). The annual one feeds career
 * decisions.
 */
export const PERIOD_KINDS = ['BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** Months in one period of each kind. */
export const PERIOD_MONTHS: Readonly<Record<PeriodKind, number>> = {
  BULANAN: 1,
  TRIWULAN: 3,
  SEMESTER: 6,
  TAHUNAN: 12,
};

/** Where a period sits in the calendar; its code names it in files and on the command line. */
export interface PeriodSpan {
  /** `2025` (annual), `2025-S1`, `2026-TW3`, `2026-01`. */
  readonly code: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1-based position in the year (always 1 for an annual period). */
  readonly sequence: number;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

/** A stored period with its lifecycle state. */
export interface EvaluationPeriod extends PeriodSpan {
  readonly id: number;
  readonly instansiId: number;
  readonly status: PeriodStatus;
  /** The policy version the period was closed under (null while open: the current one applies). */
  readonly policyVersion: number | null;
  readonly closedAt: string | null;
  readonly closedByUserId: number | null;
  readonly version: number;
}

/**
 * The calendar span of the `sequence`-th period of a kind in a year.
 * @example periodSpan('TRIWULAN', 2026, 3) // ok: 2026-TW3, 2026-07-01 .. 2026-09-30
 */
export function periodSpan(kind: PeriodKind, year: number, sequence: number): Result<PeriodSpan> {
  const months = PERIOD_MONTHS[kind];
  const count = 12 / months;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return fail(periodIssue('year', year, 'PERIOD_YEAR', 'tahun 2000-2100', 'a year from 2000 to 2100'));
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > count) {
    return fail(
      periodIssue(
        'sequence',
        sequence,
        'PERIOD_SEQUENCE',
        `urutan 1-${count}`,
        `a sequence from 1 to ${count}`,
      ),
    );
  }
  const firstMonth = (sequence - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return ok({
    code: periodCode(kind, year, sequence),
    kind,
    year,
    sequence,
    startDate: localDate(year, firstMonth, 1),
    endDate: localDate(year, lastMonth, daysInMonth(year, lastMonth)),
  });
}

function periodCode(kind: PeriodKind, year: number, sequence: number): string {
  switch (kind) {
    case 'TAHUNAN':
      return String(year);
    case 'SEMESTER':
      return `${year}-S${sequence}`;
    case 'TRIWULAN':
      return `${year}-TW${sequence}`;
    case 'BULANAN':
      return `${year}-${String(sequence).padStart(2, '0')}`;
  }
}

const CODE_PATTERNS: readonly [RegExp, PeriodKind][] = [
  [/^(\d{4})$/, 'TAHUNAN'],
  [/^(\d{4})-S([12])$/, 'SEMESTER'],
  [/^(\d{4})-(?:TW|Q)([1-4])$/, 'TRIWULAN'],
  [/^(\d{4})-(\d{2})$/, 'BULANAN'],
];

/**
 * Reads a period code as written in files and commands (`2025`, `2025-S2`, `2026-TW1` or `2026-Q1`,
 * `2026-03`), case and spaces ignored.
 * @example parsePeriodCode('2026-q2') // ok: TRIWULAN 2026 #2
 */
export function parsePeriodCode(raw: string): Result<PeriodSpan> {
  const code = raw.trim().toUpperCase().replace(/\s+/g, '');
  for (const [pattern, kind] of CODE_PATTERNS) {
    const m = pattern.exec(code);
    if (m) return periodSpan(kind, Number(m[1]), m[2] === undefined ? 1 : Number(m[2]));
  }
  return fail(
    periodIssue(
      'period',
      raw,
      'PERIOD_CODE',
      'kode periode seperti 2025, 2025-S1, 2026-TW1 atau 2026-03',
      'a period code such as 2025, 2025-S1, 2026-TW1 or 2026-03',
    ),
  );
}

function periodIssue(field: string, value: unknown, rule: string, id: string, en: string): FieldIssue {
  return {
    field,
    value,
    code: 'VALIDATION_FAILED',
    rule,
    message: { id: `Periode tidak valid: harus ${id}`, en: `Invalid period: expected ${en}` },
  };
}
