import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, SheetRow, SheetStream } from './sheet.js';

/** A calendar date of an XLSX date cell: ExcelJS gives a UTC midnight `Date`. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell value of ExcelJS as text, remembering numbers and dates (formulas give their cached result). */
export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: isoDate(value), date: isoDate(value) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { text: '' } : toCell(result);
  }
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  if ('error' in value) return { text: String(value.error) };
  return { text: String(value) };
}

function rowOf(number: number, values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>): SheetRow {
  const list = Array.isArray(values) ? values : Object.values(values);
  const cells: Cell[] = [];
  // ExcelJS row values are 1-based: index 0 is always empty.
  for (let c = 1; c < list.length; c++) cells.push(toCell(list[c]));
  return { number, cells };
}

/**
 * Streams the worksheets of an XLSX workbook with ExcelJS's streaming reader: rows arrive as the
 * ZIP is inflated, so a 100,000-row file never sits in memory as a workbook. Row numbers are those
 * Excel shows; empty rows are left out. Each sheet's rows must be consumed (or drained) before the
 * next sheet is taken.
 */
export async function* xlsxSheets(
  source: Uint8Array | AsyncIterable<Uint8Array>,
): AsyncGenerator<SheetStream> {
  const input = source instanceof Uint8Array ? Readable.from([Buffer.from(source)]) : Readable.from(source);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader>) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
    yield {
      name: ws.name ?? null,
      rows: (async function* () {
        for await (const row of ws) {
          if (row.hasValues) yield rowOf(row.number, row.values as ExcelJS.CellValue[]);
        }
      })(),
    };
  }
}

/** An XLSX file is a ZIP: told apart from CSV by its first bytes, whatever its name says. */
export const isZip = (b: Uint8Array) =>
  b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
