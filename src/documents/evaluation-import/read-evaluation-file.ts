import { type EntryProblem, problemAt } from '../../core/appraisal/entries.js';
import type { ColumnField } from './headers.js';
import { findHeader } from './headers.js';
import { type ParsedSheet, parseEvaluationSheet } from './parse-evaluation-sheet.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Sheet } from './sheet.js';

export interface ParsedEvaluationFile extends ParsedSheet {
  readonly format: 'CSV' | 'XLSX';
  /** The worksheet read (XLSX: the first with a NIP header). */
  readonly sheet: string | null;
}

export type { ColumnField };

const isZip = (b: Uint8Array) =>
  b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads an evaluation spreadsheet (SKP ratings and/or attendance per person) from CSV or XLSX, told
 * apart by content (an XLSX file is a ZIP), and returns typed rows with a report naming every bad
 * row (as the spreadsheet numbers it), column and rule, in Indonesian and English.
 * @example await readEvaluationFile('penilaian-2025.xlsx', bytes) // { entries: [...], problems: [] }
 */
export async function readEvaluationFile(
  fileName: string,
  content: Uint8Array,
): Promise<ParsedEvaluationFile> {
  if (!isZip(content))
    return { format: 'CSV', sheet: null, ...parseEvaluationSheet(readCsv(content), fileName) };
  let sheets: Sheet[];
  try {
    sheets = await readXlsx(content);
  } catch (error) {
    return unreadable('XLSX', (error as Error).message);
  }
  const sheet = sheets.find((s) => findHeader(s.rows)) ?? sheets[0];
  if (!sheet) return unreadable('XLSX', 'no worksheet');
  return { format: 'XLSX', sheet: sheet.name, ...parseEvaluationSheet(sheet, fileName) };
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
