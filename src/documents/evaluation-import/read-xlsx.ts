import ExcelJS from 'exceljs';
import type { Cell, Sheet } from './sheet.js';

/** A cell value of exceljs as text, remembering numbers (formulas give their cached result). */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { text: '' } : toCell(result);
  }
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  if ('error' in value) return { text: String(value.error) };
  return { text: String(value) };
}

/**
 * Reads every worksheet of an XLSX workbook. Row numbers are those Excel shows; empty rows are
 * left out. Numeric cells keep their number so the reader can tell a NIP typed as text from one
 * Excel turned into a (rounded) number.
 */
export async function readXlsx(content: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: { number: number; cells: Cell[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
      rows.push({ number, cells });
    });
    return { name: ws.name, rows };
  });
}
