import {
  type EntryField,
  type EntryProblem,
  type EvaluationEntry,
  problemAt,
} from '../../../core/appraisal/entries.js';
import type { Evidence } from '../../../core/appraisal/records.js';
import type { FieldIssue, Result } from '../../../core/errors.js';
import type { Nip } from '../../../core/model/nip.js';
import { nipCell } from '../nip-cell.js';
import { type Cell, EMPTY_CELL, isBlank, type Sheet } from '../sheet.js';
import { countCell, periodCell, ratingCell } from './evaluation-cells.js';
import { type ColumnField, findHeader } from './evaluation-headers.js';

export interface ParsedSheet {
  readonly headerRow: number | null;
  readonly columns: readonly { readonly field: ColumnField; readonly header: string }[];
  readonly entries: readonly EvaluationEntry[];
  readonly problems: readonly EntryProblem[];
  /** Data rows read (blank and signature lines excluded). */
  readonly rowCount: number;
}

const VALUE_FIELDS: readonly ColumnField[] = [
  'hasilKerja',
  'perilakuKerja',
  'workingDays',
  'unexcusedDays',
  'lateCount',
];

const fileIssue = (rule: string, id: string, en: string, value?: unknown): FieldIssue => ({
  field: 'file',
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * Turns one sheet into typed entries and a report naming every bad row, column and rule. Rows with
 * a problem produce no entry; the caller writes nothing while any ERROR remains.
 */
export function parseEvaluationSheet(sheet: Sheet, fileName: string): ParsedSheet {
  const header = findHeader(sheet.rows);
  const problems: EntryProblem[] = [];
  const fileProblem = (issue: FieldIssue, severity: EntryProblem['severity'] = 'ERROR') =>
    problems.push(problemAt(issue, { row: null, column: null }, severity));
  if (!header) {
    fileProblem(
      fileIssue(
        'HEADER_NOT_FOUND',
        'Baris judul kolom dengan kolom NIP tidak ditemukan pada 15 baris pertama',
        'No header row with a NIP column in the first 15 rows',
      ),
    );
    return { headerRow: null, columns: [], entries: [], problems, rowCount: 0 };
  }
  const col = header.columns;
  const hasSkp = col.has('hasilKerja') || col.has('perilakuKerja');
  for (const [present, missing, label] of [
    ['hasilKerja', 'perilakuKerja', 'PERILAKU KERJA'],
    ['perilakuKerja', 'hasilKerja', 'HASIL KERJA'],
  ] as const) {
    if (col.has(present) && !col.has(missing)) {
      fileProblem(
        fileIssue('MISSING_COLUMN', `Kolom ${label} tidak ada`, `Column ${label} is missing`, label),
      );
    }
  }
  if (!hasSkp && !col.has('workingDays')) {
    fileProblem(
      fileIssue(
        'NO_VALUE_COLUMNS',
        'Tidak ada kolom HASIL KERJA/PERILAKU KERJA atau HARI KERJA/ALPA/TERLAMBAT',
        'No HASIL KERJA/PERILAKU KERJA or HARI KERJA/ALPA/TERLAMBAT columns',
      ),
    );
  }
  if (!col.has('workingDays') && (col.has('unexcusedDays') || col.has('lateCount'))) {
    fileProblem(
      fileIssue('MISSING_COLUMN', 'Kolom HARI KERJA tidak ada', 'Column HARI KERJA is missing', 'HARI KERJA'),
    );
  }
  if (col.has('predikat')) {
    fileProblem(
      fileIssue(
        'PREDIKAT_IGNORED',
        'Kolom PREDIKAT diabaikan: predikat dihitung dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022)',
        'Column PREDIKAT is ignored: the predikat is derived from the two ratings (PermenPANRB 6/2022)',
        col.get('predikat')!.header,
      ),
      'WARNING',
    );
  }
  if (header.unknown.length > 0) {
    fileProblem(
      fileIssue(
        'COLUMN_IGNORED',
        `Kolom tidak dikenal diabaikan: ${header.unknown.join(', ')}`,
        `Unknown columns ignored: ${header.unknown.join(', ')}`,
        header.unknown,
      ),
      'WARNING',
    );
  }
  const fileLevelError = problems.some((p) => p.severity === 'ERROR');

  const entries: EvaluationEntry[] = [];
  let rowCount = 0;
  const columns: Partial<Record<EntryField, string>> = {};
  for (const [field, { header: h }] of col) if (field !== 'predikat') columns[field] = h;

  for (const row of sheet.rows) {
    if (row.number <= header.row) continue;
    const cell = (f: ColumnField): Cell => {
      const c = col.get(f);
      return c ? (row.cells[c.index] ?? EMPTY_CELL) : EMPTY_CELL;
    };
    const nipBlank = isBlank(cell('nip'));
    // Blank lines, totals and signature blocks under the table carry no NIP and no values.
    if (nipBlank && VALUE_FIELDS.every((f) => isBlank(cell(f)))) continue;
    rowCount++;
    const rowProblems: EntryProblem[] = [];
    const take = <T>(f: ColumnField, r: Result<T>): T | undefined => {
      if (r.ok) return r.value;
      rowProblems.push(problemAt(r.error, { row: row.number, column: col.get(f)?.header ?? f }));
      return undefined;
    };
    let nip: Nip | undefined;
    if (nipBlank) {
      rowProblems.push(
        problemAt(
          {
            field: 'nip',
            value: '',
            code: 'NIP_INVALID',
            rule: 'NIP_REQUIRED',
            message: { id: 'NIP wajib diisi', en: 'NIP is required' },
          },
          { row: row.number, column: col.get('nip')!.header },
        ),
      );
    } else nip = take('nip', nipCell(cell('nip'), 'nip'));
    const periodCode = isBlank(cell('period'))
      ? null
      : (take('period', periodCell(cell('period'), 'period')) ?? null);

    let skp: EvaluationEntry['skp'] = null;
    if (hasSkp && !(isBlank(cell('hasilKerja')) && isBlank(cell('perilakuKerja')))) {
      const hasilKerja = take('hasilKerja', ratingCell(cell('hasilKerja'), 'hasilKerja'));
      const perilakuKerja = take('perilakuKerja', ratingCell(cell('perilakuKerja'), 'perilakuKerja'));
      const evaluator = isBlank(cell('evaluatorNip'))
        ? null
        : take('evaluatorNip', nipCell(cell('evaluatorNip'), 'evaluatorNip'));
      if (hasilKerja && perilakuKerja) skp = { hasilKerja, perilakuKerja, evaluatorNip: evaluator ?? null };
    }

    let attendance: EvaluationEntry['attendance'] = null;
    if (
      col.has('workingDays') &&
      !['workingDays', 'unexcusedDays', 'lateCount'].every((f) => isBlank(cell(f as ColumnField)))
    ) {
      const workingDays = take('workingDays', countCell(cell('workingDays'), 'workingDays', null));
      const unexcusedDays = take('unexcusedDays', countCell(cell('unexcusedDays'), 'unexcusedDays', 0));
      const lateCount = take('lateCount', countCell(cell('lateCount'), 'lateCount', 0));
      if (workingDays === null) {
        rowProblems.push(
          problemAt(
            {
              field: 'workingDays',
              value: '',
              code: 'VALIDATION_FAILED',
              rule: 'REQUIRED',
              message: { id: 'HARI KERJA wajib diisi', en: 'HARI KERJA is required' },
            },
            { row: row.number, column: col.get('workingDays')!.header },
          ),
        );
      } else if (workingDays !== undefined && unexcusedDays != null && lateCount != null) {
        attendance = { workingDays, unexcusedDays, lateCount };
      }
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (!skp && !attendance) {
      problems.push(
        problemAt(
          {
            field: 'row',
            value: nip,
            code: 'VALIDATION_FAILED',
            rule: 'NOTHING_TO_RECORD',
            message: {
              id: 'Baris tanpa nilai penilaian; dilewati',
              en: 'Row without evaluation values; skipped',
            },
          },
          { row: row.number, column: null },
          'WARNING',
        ),
      );
      continue;
    }
    const evidenceText = cell('evidence').text.trim();
    const evidence: Evidence = evidenceText
      ? { kind: 'DOCUMENT', reference: evidenceText.slice(0, 200) }
      : { kind: 'DOCUMENT', reference: `${fileName}${sheetLabel(sheet)}, baris ${row.number}`.slice(0, 200) };
    if (!fileLevelError)
      entries.push({
        row: row.number,
        section: null,
        nip: nip!,
        periodCode,
        skp,
        attendance,
        evidence,
        columns,
      });
  }
  return {
    headerRow: header.row,
    columns: [...col].map(([field, { header: h }]) => ({ field, header: h })),
    entries,
    problems,
    rowCount,
  };
}

const sheetLabel = (sheet: Sheet) => (sheet.name ? ` [${sheet.name}]` : '');
