import type { ColumnSpec } from './headers.js';
import type { RowReader } from './row-reader.js';

/**
 * How one kind of data is read from a table: its columns, the key column that marks the header
 * row, the columns a file must have, and the validator turning one row into a record (or problems,
 * recorded on the reader). New kinds (service indicators, ...) add one spec and reuse the rest.
 */
export interface TableSpec<F extends string, R> {
  readonly kind: string;
  readonly columns: readonly ColumnSpec<F>[];
  readonly key: F;
  readonly required: readonly F[];
  readRow(reader: RowReader<F>): R | null;
}

export const fieldsOf = <F extends string>(spec: { readonly columns: readonly ColumnSpec<F>[] }): F[] =>
  spec.columns.map((c) => c.field);
