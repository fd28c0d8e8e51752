import type { ExportTable } from '../../documents/export/export-table.js';
import type { ImportProblem } from '../../documents/import/problem.js';
import type { ImportReport } from './import-report.js';

/**
 * The validation report as a table (for the XLSX download): one line per problem with the row as
 * the spreadsheet numbers it, the column, the value, the rule and the message in both languages.
 */
export function importReportTable(report: ImportReport): ExportTable<ImportProblem> {
  return {
    sheetName: 'Laporan Impor',
    columns: [
      { header: 'BARIS', type: 'number', value: (p) => p.row },
      { header: 'KOLOM', type: 'text', value: (p) => p.column, width: 20 },
      {
        header: 'NILAI',
        type: 'text',
        value: (p) => (p.value === null || p.value === undefined ? null : String(p.value)),
        width: 24,
      },
      { header: 'KODE', type: 'text', value: (p) => p.code, width: 22 },
      {
        header: 'TINGKAT',
        type: 'text',
        value: (p) => (p.severity === 'ERROR' ? 'KESALAHAN' : 'PERINGATAN'),
      },
      { header: 'PESAN', type: 'text', value: (p) => p.message.id, width: 60 },
      { header: 'MESSAGE', type: 'text', value: (p) => p.message.en, width: 60 },
    ],
    rows: (async function* () {
      yield* report.problems;
    })(),
  };
}
