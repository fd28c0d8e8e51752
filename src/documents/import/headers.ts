import type { SheetRow } from './sheet.js';

/** One column an importer understands: its field, the header it exports under, the headers it reads. */
export interface ColumnSpec<F extends string> {
  readonly field: F;
  /** The canonical Indonesian header (exports write it, reports name it when the column is missing). */
  readonly label: string;
  /** Tested against the normalised header; first matching spec wins, so order specific before general. */
  readonly matches: RegExp;
}

/** Header text as compared: upper case, words only, parenthesised notes dropped. */
export function normalizeHeader(text: string): string {
  return text
    .toUpperCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** Extra header -> field pairs from a mapping file, keyed by the normalised header. */
export type ColumnMapping = ReadonlyMap<string, string>;

export interface HeaderMap<F extends string> {
  readonly row: number;
  /** Column index and header text per field (the first such column wins). */
  readonly columns: ReadonlyMap<F, { readonly index: number; readonly header: string }>;
  /** Headers nobody recognised (a warning, never an error). */
  readonly unknown: readonly string[];
}

/** The field a header names: the mapping file first, then the importer's own patterns. */
export function recognizeColumn<F extends string>(
  specs: readonly ColumnSpec<F>[],
  text: string,
  mapping: ColumnMapping = new Map(),
): F | null {
  const h = normalizeHeader(text);
  if (h === '') return null;
  const mapped = mapping.get(h);
  if (mapped) return (specs.find((s) => s.field === mapped)?.field ?? null) as F | null;
  return specs.find((s) => s.matches.test(h))?.field ?? null;
}

const ROW_NUMBER_HEADER = /^(NO|NOMOR|NO URUT|URUT)$/;

/** The header map of one row when it holds the key column, else null. */
export function headerOf<F extends string>(
  row: SheetRow,
  specs: readonly ColumnSpec<F>[],
  key: F,
  mapping?: ColumnMapping,
): HeaderMap<F> | null {
  const columns = new Map<F, { index: number; header: string }>();
  const unknown: string[] = [];
  row.cells.forEach((cell, index) => {
    const header = cell.text.trim().replace(/\s+/g, ' ');
    const field = recognizeColumn(specs, header, mapping);
    if (field && !columns.has(field)) columns.set(field, { index, header });
    else if (!field && header !== '' && !ROW_NUMBER_HEADER.test(normalizeHeader(header)))
      unknown.push(header);
  });
  return columns.has(key) ? { row: row.number, columns, unknown } : null;
}
