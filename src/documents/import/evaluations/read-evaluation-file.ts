import { type EntryProblem, problemAt } from '../../../core/appraisal/entries.js';
import { csvSheets } from '../read-csv.js';
import { isZip, xlsxSheets } from '../read-xlsx.js';
import type { Sheet, SheetRow } from '../sheet.js';
import { type ColumnField, findHeader } from './evaluation-headers.js';
import { type ParsedSheet, parseEvaluationSheet } from './parse-evaluation-sheet.js';

export interface ParsedEvaluationFile extends ParsedSheet {
  readonly format: 'CSV' | 'XLSX';
  /** The worksheet read (XLSX: the first with a NIP header). */
  readonly sheet: string | null;
}

export type { ColumnField };

/**
 * Reads an evaluation spreadsheet (SKP ratings and/or attendance per person) from CSV or XLSX, told
 * apart by content (an XLSX file is a ZIP), through the shared import readers, and returns typed
 * rows with a report naming every bad row (as the spreadsheet numbers it), column and rule, in
 * Indonesian and English. Evaluation files are one period of one instansi, so the sheet is
 * gathered whole (its entries are checked against each other before anything is written).
 * @example await readEvaluationFile('penilaian-2025.xlsx', bytes) // { entries: [...], problems: [] }
 */
export async function readEvaluationFile(
  fileName: string,
  content: Uint8Array,
): Promise<ParsedEvaluationFile> {
  const format = isZip(content) ? 'XLSX' : 'CSV';
  const sheets: Sheet[] = [];
  try {
    for await (const stream of format === 'XLSX' ? xlsxSheets(content) : csvSheets(content)) {
      const rows: SheetRow[] = [];
      for await (const row of stream.rows) rows.push(row);
      sheets.push({ name: stream.name, rows });
    }
  } catch (error) {
    return unreadable(format, (error as Error).message);
  }
  const sheet = sheets.find((s) => findHeader(s.rows)) ?? sheets[0];
  if (!sheet) return unreadable(format, 'no worksheet');
  return { format, sheet: sheet.name, ...parseEvaluationSheet(sheet, fileName) };
}

function unreadable(format: 'CSV' | 'XLSX', reason: string): ParsedEvaluationFile {
  const problem: EntryProblem = problemAt(
    {
      field: 'file',
      value: reason,
      code: 'VALIDATION_FAILED',
      rule: 'FILE_UNREADABLE',
      message: {
        id: `Berkas tidak dapat dibaca sebagai ${format}: ${reason}`,
        en: `The file cannot be read as ${format}: ${reason}`,
      },
    },
    { row: null, column: null },
  );
  return { format, sheet: null, headerRow: null, columns: [], entries: [], problems: [problem], rowCount: 0 };
}
