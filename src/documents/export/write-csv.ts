import type { ExportTable } from './export-table.js';

const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * Streams a table as CSV the way Indonesian Excel opens it: UTF-8 with BOM, `;` separated,
 * dates `dd-mm-yyyy`. Long digit strings (NIP) are written as `="..."` so Excel keeps them as
 * text instead of rounding them to 15 digits; the importer reads that form back.
 */
export async function* writeCsv<T>(table: ExportTable<T>): AsyncGenerator<string> {
  yield `\uFEFF${table.columns.map((c) => quote(c.header)).join(';')}\r\n`;
  let batch: string[] = [];
  for await (const row of table.rows) {
    const cells = table.columns.map((c) => {
      const v = c.value(row);
      if (v === null) return '';
      if (c.type === 'date') return dmy(String(v));
      if (c.type === 'number') return String(v);
      const s = String(v);
      return quote(/^\d{10,}$/.test(s) ? `="${s}"` : s);
    });
    batch.push(`${cells.join(';')}\r\n`);
    if (batch.length >= 1000) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}
