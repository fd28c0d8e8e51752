import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportTable } from './export-table.js';

const DATE_FORMAT = 'dd-mm-yyyy';

/**
 * Streams a table into an XLSX workbook (ExcelJS streaming writer: rows are committed as they
 * come, so a 100,000-row export does not sit in memory): a bold, frozen header row, text cells
 * formatted as text (NIP), dates as real date cells shown `dd-mm-yyyy`, numbers as numbers; then
 * the table's summary (if any) as a second sheet of label/value rows.
 */
export async function writeXlsx<T>(table: ExportTable<T>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length + 2),
    style: c.type === 'date' ? { numFmt: DATE_FORMAT } : c.type === 'text' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of table.rows) {
    sheet
      .addRow(
        table.columns.map((c) => {
          const v = c.value(row);
          if (v === null) return null;
          if (c.type === 'date') return new Date(`${v}T00:00:00Z`);
          return c.type === 'number' ? Number(v) : String(v);
        }),
      )
      .commit();
  }
  sheet.commit();
  if (table.summary) {
    const summary = workbook.addWorksheet(table.summary.sheetName);
    summary.columns = [{ width: 36 }, { width: 40 }];
    for (const [label, value] of table.summary.rows()) summary.addRow([label, value]).commit();
    summary.commit();
  }
  await workbook.commit();
}
