import type { ImportReport } from './import-report.js';

/** A file row whose key is already stored and whose compared values differ from the stored row. */
export interface ChangedRow<R, S> {
  readonly key: string;
  readonly row: R;
  readonly stored: S;
}

/** What an import would do with each file row, by its natural key (unit code, position code). */
export interface StoredRowDiff<R, S> {
  /** Rows whose key is not stored yet, in file order. */
  readonly created: readonly { readonly key: string; readonly row: R }[];
  /** Stored rows the file changes, in file order. */
  readonly changed: readonly ChangedRow<R, S>[];
  /** Rows equal to what is stored: left alone. */
  readonly unchanged: number;
}

/**
 * Sorts the file's rows into new, changed and unchanged against the stored rows with the same key;
 * `differs` says whether a row changes its stored counterpart (the importer's compared columns).
 *
 * @example diffStoredRows(new Map([['A', 1]]), new Map([['A', 2]]), (r, s) => r !== s).changed
 *   // [{ key: 'A', row: 1, stored: 2 }]
 */
export function diffStoredRows<R, S>(
  rows: ReadonlyMap<string, R>,
  stored: ReadonlyMap<string, S>,
  differs: (row: R, stored: S) => boolean,
): StoredRowDiff<R, S> {
  const created: { key: string; row: R }[] = [];
  const changed: ChangedRow<R, S>[] = [];
  for (const [key, row] of rows) {
    const s = stored.get(key);
    if (s === undefined) created.push({ key, row });
    else if (differs(row, s)) changed.push({ key, row, stored: s });
  }
  return { created, changed, unchanged: rows.size - created.length - changed.length };
}

/** The report's `written` counts of a diff; nothing is written while the file has errors. */
export function writtenOf(
  diff: StoredRowDiff<unknown, unknown>,
  hasErrors: boolean,
): ImportReport['written'] {
  if (hasErrors) return { created: 0, updated: 0, unchanged: 0 };
  return { created: diff.created.length, updated: diff.changed.length, unchanged: diff.unchanged };
}
