/**
 * A worksheet reduced to what the evaluation reader needs: rows with their numbers as the
 * spreadsheet shows them, and cells that remember whether the spreadsheet held a number (an
 * 18-digit NIP stored as a number has already lost its last digits).
 */
export interface Cell {
  readonly text: string;
  /** Set when the source cell was numeric (XLSX) rather than text. */
  readonly number?: number;
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

export const EMPTY_CELL: Cell = { text: '' };

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell.text.trim() === '';
}
