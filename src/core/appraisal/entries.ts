import type { ErrorCode, FieldIssue, LocalizedMessage } from '../errors.js';
import type { Nip } from '../model/nip.js';
import type { Rating } from './ratings.js';
import type { AttendanceValue, Evidence } from './records.js';

/**
 * Evaluation records as they arrive in bulk (a spreadsheet, the bulk-entry form): one row per
 * person, with an SKP part, an attendance part or both. The reader checks the form of each cell;
 * the service checks the rest against the database and writes all rows or none.
 */
export const ENTRY_FIELDS = [
  'nip',
  'name',
  'period',
  'hasilKerja',
  'perilakuKerja',
  'evaluatorNip',
  'workingDays',
  'unexcusedDays',
  'lateCount',
  'evidence',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export type EntrySection = 'skp' | 'attendance';

export interface EvaluationEntry {
  /** The row number as the spreadsheet shows it (1-based, header included), or the item number. */
  readonly row: number;
  readonly section: EntrySection | null;
  readonly nip: Nip;
  /** The period the row names, or null for the period the import targets. */
  readonly periodCode: string | null;
  readonly skp: {
    readonly hasilKerja: Rating;
    readonly perilakuKerja: Rating;
    readonly evaluatorNip: Nip | null;
  } | null;
  readonly attendance: Pick<AttendanceValue, 'workingDays' | 'unexcusedDays' | 'lateCount'> | null;
  readonly evidence: Evidence;
  /** The column (header or field path) each value came from, for naming it in problems. */
  readonly columns: Readonly<Partial<Record<EntryField, string>>>;
}

/** One thing wrong with one row (or, with row null, with the whole file). */
export interface EntryProblem {
  readonly row: number | null;
  readonly section: EntrySection | null;
  readonly column: string | null;
  readonly value?: unknown;
  readonly code: ErrorCode;
  readonly rule: string;
  readonly message: LocalizedMessage;
  /** ERROR blocks the whole import; WARNING is said and the row is still written. */
  readonly severity: 'ERROR' | 'WARNING';
}

/** Places a core issue on a row and column. */
export function problemAt(
  issue: FieldIssue,
  at: { row: number | null; column: string | null; section?: EntrySection | null },
  severity: EntryProblem['severity'] = 'ERROR',
): EntryProblem {
  return {
    row: at.row,
    section: at.section ?? null,
    column: at.column,
    value: issue.value,
    code: issue.code,
    rule: issue.rule,
    message: issue.message,
    severity,
  };
}

/** Problems in spreadsheet order: file-level first, then by row. */
export function sortProblems(problems: readonly EntryProblem[]): EntryProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
