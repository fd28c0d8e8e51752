/**
 * One column of an export: its Indonesian header, how the value is written (text stays text, so
 * an 18-digit NIP never becomes a rounded number; dates become real date cells), and the value.
 */
export interface ExportColumn<T> {
  readonly header: string;
  readonly type: 'text' | 'date' | 'number';
  /** Dates as `YYYY-MM-DD`; null for an empty cell. */
  readonly value: (row: T) => string | number | null;
  /** Column width in characters (XLSX). */
  readonly width?: number;
}

export interface ExportTable<T> {
  readonly sheetName: string;
  readonly columns: readonly ExportColumn<T>[];
  readonly rows: AsyncIterable<T>;
  /**
   * Label/value pairs (totals of a plan, its certificate) written as a second XLSX sheet after the
   * rows; read only once the rows are done, so an exporter can fill it while it streams. CSV has
   * one table only and leaves it out.
   */
  readonly summary?: ExportSummary;
}

export interface ExportSummary {
  readonly sheetName: string;
  readonly rows: () => readonly (readonly [string, string | number])[];
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The format a file name asks for, from its extension. */
export function formatOfFileName(name: string): ExportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
