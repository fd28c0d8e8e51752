import type { Result } from '../../core/errors.js';
import type { HeaderMap } from './headers.js';
import { type ImportProblem, problemFrom } from './problem.js';
import { type Cell, EMPTY_CELL, isBlank, type SheetRow } from './sheet.js';

/**
 * What a row validator sees: the cells by field, and `take` to keep a parsed value or record the
 * problem at this row and the column's header as the file writes it.
 */
export class RowReader<F extends string> {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly row: SheetRow,
    private readonly header: HeaderMap<F>,
    private readonly labels: ReadonlyMap<F, string>,
  ) {}

  get number(): number {
    return this.row.number;
  }

  has(field: F): boolean {
    return this.header.columns.has(field);
  }

  cell(field: F): Cell {
    const c = this.header.columns.get(field);
    return c ? (this.row.cells[c.index] ?? EMPTY_CELL) : EMPTY_CELL;
  }

  blank(field: F): boolean {
    return isBlank(this.cell(field));
  }

  /** The header of the field's column as the file writes it (its canonical label when absent). */
  column(field: F): string {
    return this.header.columns.get(field)?.header ?? this.labels.get(field) ?? field;
  }

  take<T>(field: F, result: Result<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push(problemFrom(result.error, { row: this.number, column: this.column(field) }));
    return undefined;
  }

  /** Like `take`, but a blank cell is null and not a problem. */
  optional<T>(field: F, parse: (cell: Cell, field: F) => Result<T>): T | null | undefined {
    return this.blank(field) ? null : this.take(field, parse(this.cell(field), field));
  }

  /** True when every recognised column of the row is blank (trailing rows, spacer lines). */
  isEmpty(): boolean {
    for (const { index } of this.header.columns.values()) if (!isBlank(this.row.cells[index])) return false;
    return true;
  }
}
