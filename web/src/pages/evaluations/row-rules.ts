import type { PeriodSpan } from '../../../../src/core/appraisal/period';
import { predikatOf } from '../../../../src/core/appraisal/predikat-matrix';
import type { Predikat, Rating } from '../../../../src/core/appraisal/ratings';
import { checkAttendance } from '../../../../src/core/appraisal/records';
import type { RosterDto } from '../../api/use-evaluations';

export type RosterPerson = RosterDto['items'][number];
export const ATTENDANCE_FIELDS = ['workingDays', 'unexcusedDays', 'lateCount'] as const;
export type AttendanceField = (typeof ATTENDANCE_FIELDS)[number];
export type DraftField = 'hasilKerja' | 'perilakuKerja' | AttendanceField;

/** One grid row as typed: ratings as chosen, counts as text so a bad entry can be shown. */
export interface RowDraft {
  readonly hasilKerja: Rating | null;
  readonly perilakuKerja: Rating | null;
  readonly workingDays: string;
  readonly unexcusedDays: string;
  readonly lateCount: string;
}

/** What is wrong with a field: a rule key of the page's text, or a core issue's own message. */
export type FieldProblem =
  | { readonly kind: 'rule'; readonly rule: 'ratingPair' | 'ratingCleared' | 'attendanceAll' | 'wholeNumber' }
  | { readonly kind: 'issue'; readonly message: { readonly id: string; readonly en: string } };

export type RowProblems = Partial<Record<DraftField, FieldProblem>>;

export function draftOf(p: RosterPerson): RowDraft {
  return {
    hasilKerja: p.skp?.hasilKerja ?? null,
    perilakuKerja: p.skp?.perilakuKerja ?? null,
    workingDays: p.attendance ? String(p.attendance.workingDays) : '',
    unexcusedDays: p.attendance ? String(p.attendance.unexcusedDays) : '',
    lateCount: p.attendance ? String(p.attendance.lateCount) : '',
  };
}

export function skpChanged(d: RowDraft, base: RowDraft): boolean {
  return d.hasilKerja !== base.hasilKerja || d.perilakuKerja !== base.perilakuKerja;
}

export function attendanceChanged(d: RowDraft, base: RowDraft): boolean {
  return ATTENDANCE_FIELDS.some((f) => d[f].trim() !== base[f]);
}

/** The predikat the two ratings give (PermenPANRB 6/2022), or null until both are chosen. */
export function derivedPredikat(d: RowDraft): Predikat | null {
  return d.hasilKerja && d.perilakuKerja ? predikatOf(d.hasilKerja, d.perilakuKerja) : null;
}

/**
 * The rules the server applies, checked as the user types: both ratings or none, all three counts
 * or none, whole numbers, and the core's attendance rule against the period's calendar.
 */
export function checkRow(
  d: RowDraft,
  base: RowDraft,
  period: { readonly startDate: string; readonly endDate: string },
): RowProblems {
  const problems: RowProblems = {};
  if (skpChanged(d, base)) {
    if (!d.hasilKerja && !d.perilakuKerja && base.hasilKerja) {
      problems.hasilKerja = { kind: 'rule', rule: 'ratingCleared' };
    } else if (!d.hasilKerja) {
      problems.hasilKerja = { kind: 'rule', rule: 'ratingPair' };
    } else if (!d.perilakuKerja) {
      problems.perilakuKerja = { kind: 'rule', rule: 'ratingPair' };
    }
  }
  if (!attendanceChanged(d, base)) return problems;
  const texts = ATTENDANCE_FIELDS.map((f) => d[f].trim());
  if (texts.every((s) => s === '')) {
    problems.workingDays = { kind: 'rule', rule: 'attendanceAll' };
    return problems;
  }
  const numbers: Partial<Record<AttendanceField, number>> = {};
  ATTENDANCE_FIELDS.forEach((f, i) => {
    const s = texts[i]!;
    if (s === '') problems[f] = { kind: 'rule', rule: 'attendanceAll' };
    else if (!/^\d{1,4}$/.test(s)) problems[f] = { kind: 'rule', rule: 'wholeNumber' };
    else numbers[f] = Number(s);
  });
  const { workingDays, unexcusedDays, lateCount } = numbers;
  if (workingDays === undefined || unexcusedDays === undefined || lateCount === undefined) return problems;
  // Period dates come from the API as plain strings; they are LocalDate strings by contract.
  const span = period as Pick<PeriodSpan, 'startDate' | 'endDate'>;
  for (const issue of checkAttendance({ workingDays, unexcusedDays, lateCount }, span)) {
    const field = issue.field as AttendanceField;
    problems[field] ??= { kind: 'issue', message: issue.message };
  }
  return problems;
}

export function hasProblems(p: RowProblems): boolean {
  return Object.keys(p).length > 0;
}
