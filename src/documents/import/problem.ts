import type { FieldIssue, LocalizedMessage } from '../../core/errors.js';

/**
 * One thing wrong with an import file, as the report shows it: the row as the spreadsheet numbers
 * it (null for the whole file), the column header, the value read, a stable code naming the rule,
 * and the message in Indonesian and English. Warnings are reported but do not stop the commit.
 */
export interface ImportProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly value: unknown;
  readonly code: string;
  readonly message: LocalizedMessage;
  readonly severity: 'ERROR' | 'WARNING';
}

/** A core issue placed at a row and column; the rule is the code (the most precise name). */
export function problemFrom(
  issue: FieldIssue,
  at: { readonly row: number | null; readonly column: string | null },
  severity: ImportProblem['severity'] = 'ERROR',
): ImportProblem {
  return {
    row: at.row,
    column: at.column,
    value: issue.value ?? null,
    code: issue.rule,
    message: issue.message,
    severity,
  };
}

export function problem(
  at: { readonly row: number | null; readonly column: string | null },
  code: string,
  value: unknown,
  id: string,
  en: string,
  severity: ImportProblem['severity'] = 'ERROR',
): ImportProblem {
  return { row: at.row, column: at.column, value, code, message: { id, en }, severity };
}

export const hasErrors = (problems: readonly ImportProblem[]) => problems.some((p) => p.severity === 'ERROR');
