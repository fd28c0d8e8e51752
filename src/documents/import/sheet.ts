/**
 * A worksheet row reduced to what the importers need: its number as the spreadsheet shows it, and
 * cells that remember whether the spreadsheet held a number or a date (an 18-digit NIP stored as a
 * number has already lost its last digits; a date cell is a date whatever its display format).
 */
export interface Cell {
  readonly text: string;
  /** Set when the source cell was numeric (XLSX) rather than text. */
  readonly number?: number;
  /** Set when the source cell was an XLSX date: the calendar date `YYYY-MM-DD`. */
  readonly date?: string;
}

export interface SheetRow {
  /** 1-based row number in the spreadsheet (the line in a CSV file). */
  readonly number: number;
  readonly cells: readonly Cell[];
}

export interface Sheet {
  readonly name: string | null;
  readonly rows: readonly SheetRow[];
}

/** A worksheet read as a stream: rows arrive one by one, so memory stays flat. */
export interface SheetStream {
  readonly name: string | null;
  readonly rows: AsyncIterable<SheetRow>;
}

export const EMPTY_CELL: Cell = { text: '' };

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell.text.trim() === '';
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => isBlank(c));
}
