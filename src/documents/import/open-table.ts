import { type ColumnMapping, type HeaderMap, headerOf } from './headers.js';
import { type ImportProblem, problem } from './problem.js';
import { csvSheets } from './read-csv.js';
import { isZip, xlsxSheets } from './read-xlsx.js';
import { RowReader } from './row-reader.js';
import type { SheetRow } from './sheet.js';
import type { TableSpec } from './table-spec.js';

/** Rows above the header searched for it: exports often start with a title and a blank line. */
const HEADER_SEARCH_ROWS = 15;

export interface ReadRow<R> {
  /** Null only for a file that broke off mid-way (the last item then carries FILE_UNREADABLE). */
  readonly row: number | null;
  readonly record: R | null;
  readonly problems: readonly ImportProblem[];
}

export interface OpenedTable<F extends string, R> {
  readonly format: 'CSV' | 'XLSX';
  readonly sheet: string | null;
  readonly header: HeaderMap<F> | null;
  /** Problems with the file as a whole (no header, missing columns, unknown columns). */
  readonly fileProblems: readonly ImportProblem[];
  /** Data rows, validated one by one as they stream in; empty rows are left out. */
  readonly rows: AsyncIterable<ReadRow<R>>;
}

async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Opens a CSV or XLSX file (told apart by content) as a table of `spec`: finds the first sheet
 * with the key column in its first 15 rows, checks the required columns, and streams the rows
 * below the header through the row validator. Unreadable files and missing headers come back as
 * file problems with no rows, never as exceptions.
 */
export async function openTable<F extends string, R>(
  content: Uint8Array | AsyncIterable<Uint8Array>,
  spec: TableSpec<F, R>,
  mapping?: ColumnMapping,
): Promise<OpenedTable<F, R>> {
  let source: Uint8Array | AsyncIterable<Uint8Array> = content;
  let zip: boolean;
  if (content instanceof Uint8Array) zip = isZip(content);
  else {
    const it = content[Symbol.asyncIterator]();
    const first = await it.next();
    const head = first.done ? new Uint8Array() : first.value;
    zip = isZip(head);
    source = prepend(head, it);
  }
  const format = zip ? 'XLSX' : 'CSV';
  const labels = new Map(spec.columns.map((c) => [c.field, c.label]));
  try {
    for await (const sheet of zip ? xlsxSheets(source) : csvSheets(source)) {
      const rows = sheet.rows[Symbol.asyncIterator]();
      const above: SheetRow[] = [];
      let header: HeaderMap<F> | null = null;
      while (!header && above.length < HEADER_SEARCH_ROWS) {
        const next = await rows.next();
        if (next.done) break;
        above.push(next.value);
        header = headerOf(next.value, spec.columns, spec.key, mapping);
      }
      if (!header) {
        for (let next = await rows.next(); !next.done; next = await rows.next()) {
          // drain the sheet so the reader can move to the next one
        }
        continue;
      }
      const found = header;
      const fileProblems = columnProblems(spec, found);
      return {
        format,
        sheet: sheet.name,
        header: found,
        fileProblems,
        rows: fileProblems.some((p) => p.severity === 'ERROR')
          ? (async function* () {})()
          : validated(rows, spec, found, labels),
      };
    }
  } catch (error) {
    return unreadable(format, (error as Error).message);
  }
  const keyLabel = labels.get(spec.key) ?? spec.key;
  return {
    format,
    sheet: null,
    header: null,
    fileProblems: [
      problem(
        { row: null, column: null },
        'HEADER_NOT_FOUND',
        null,
        `Baris judul kolom dengan kolom ${keyLabel} tidak ditemukan pada ${HEADER_SEARCH_ROWS} baris pertama`,
        `No header row with a ${keyLabel} column in the first ${HEADER_SEARCH_ROWS} rows`,
      ),
    ],
    rows: (async function* () {})(),
  };
}

async function* validated<F extends string, R>(
  rows: AsyncIterator<SheetRow>,
  spec: TableSpec<F, R>,
  header: HeaderMap<F>,
  labels: ReadonlyMap<F, string>,
): AsyncGenerator<ReadRow<R>> {
  let next: IteratorResult<SheetRow>;
  for (;;) {
    try {
      next = await rows.next();
    } catch (error) {
      yield { row: null, record: null, problems: unreadable('CSV', (error as Error).message).fileProblems };
      return;
    }
    if (next.done) return;
    const reader = new RowReader(next.value, header, labels);
    if (reader.isEmpty()) continue;
    const record = spec.readRow(reader);
    const bad = reader.problems.some((p) => p.severity === 'ERROR');
    yield { row: reader.number, record: bad ? null : record, problems: reader.problems };
  }
}

function columnProblems<F extends string>(
  spec: TableSpec<F, unknown>,
  header: HeaderMap<F>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const field of spec.required) {
    if (header.columns.has(field)) continue;
    const label = spec.columns.find((c) => c.field === field)?.label ?? field;
    problems.push(
      problem(
        { row: header.row, column: label },
        'MISSING_COLUMN',
        null,
        `Kolom ${label} tidak ada (atau beri pemetaan kolom)`,
        `Column ${label} is missing (or give a column mapping)`,
      ),
    );
  }
  if (header.unknown.length > 0) {
    problems.push(
      problem(
        { row: header.row, column: null },
        'COLUMN_IGNORED',
        header.unknown,
        `Kolom tidak dikenal diabaikan: ${header.unknown.join(', ')}`,
        `Unknown columns ignored: ${header.unknown.join(', ')}`,
        'WARNING',
      ),
    );
  }
  return problems;
}

function unreadable<F extends string, R>(format: 'CSV' | 'XLSX', reason: string): OpenedTable<F, R> {
  return {
    format,
    sheet: null,
    header: null,
    fileProblems: [
      problem(
        { row: null, column: null },
        'FILE_UNREADABLE',
        reason,
        `Berkas tidak dapat dibaca sebagai ${format}: ${reason}`,
        `The file cannot be read as ${format}: ${reason}`,
      ),
    ],
    rows: (async function* () {})(),
  };
}
