import { createHash } from 'node:crypto';
import type { ImportProblem } from '../../documents/import/problem.js';

export const IMPORT_KINDS = [
  'employees',
  'positions',
  'units',
  'evaluations',
  'innovations',
  'program-participants',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import did or would do: the same shape for a dry run and a commit, CLI and API. */
export interface ImportReport {
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly sha256: string;
  readonly format: 'CSV' | 'XLSX';
  readonly sheet: string | null;
  readonly headerRow: number | null;
  readonly dryRun: boolean;
  /** True when nothing is wrong (warnings allowed). */
  readonly ok: boolean;
  /** True when the rows were written (never on a dry run or with an error). */
  readonly committed: boolean;
  /** Data rows read (blank rows excluded). */
  readonly rows: number;
  /** Records created and updated (or that would be, on a dry run); unchanged ones are left alone. */
  readonly written: { readonly created: number; readonly updated: number; readonly unchanged: number };
  readonly problems: readonly ImportProblem[];
}

/** Errors first by row (file-level first), then warnings: the order a person fixes a file in. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rank = (p: ImportProblem) => (p.severity === 'ERROR' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** The report of a file refused before any row was read (a broken mapping file, ...). */
export function refusedReport(
  kind: ImportKind,
  file: { readonly name: string; readonly content: Uint8Array },
  dryRun: boolean,
  problems: readonly ImportProblem[],
): ImportReport {
  return {
    kind,
    fileName: file.name,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    format: file.content[0] === 0x50 && file.content[1] === 0x4b ? 'XLSX' : 'CSV',
    sheet: null,
    headerRow: null,
    dryRun,
    ok: false,
    committed: false,
    rows: 0,
    written: { created: 0, updated: 0, unchanged: 0 },
    problems: sortProblems(problems),
  };
}
