import { createHash } from 'node:crypto';
import type { ColumnMapping } from '../../documents/import/headers.js';
import { openTable } from '../../documents/import/open-table.js';
import type { ImportProblem } from '../../documents/import/problem.js';
import type { TableSpec } from '../../documents/import/table-spec.js';
import { meteredChunks, type ProgressListener, progressTracker } from './import-progress.js';

export interface ImportFile {
  readonly name: string;
  readonly content: Uint8Array;
}

export interface ReadSummary {
  readonly sha256: string;
  readonly format: 'CSV' | 'XLSX';
  readonly sheet: string | null;
  readonly headerRow: number | null;
  readonly rows: number;
  readonly problems: ImportProblem[];
}

/**
 * Streams a file through a table spec, handing each valid record to `onRecord` (which may add
 * problems of its own, e.g. a NIP repeated with another name) and collecting every problem.
 */
export async function readImportFile<F extends string, R>(
  file: ImportFile,
  spec: TableSpec<F, R>,
  options: { mapping?: ColumnMapping | undefined; onProgress?: ProgressListener | undefined },
  onRecord: (record: R, row: number) => readonly ImportProblem[] | undefined,
): Promise<ReadSummary> {
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const { meter, chunks } = meteredChunks(file.content);
  const table = await openTable(chunks, spec, options.mapping);
  const problems: ImportProblem[] = [...table.fileProblems];
  const progress = progressTracker('read', options.onProgress);
  let rows = 0;
  for await (const read of table.rows) {
    if (read.row !== null) rows++;
    problems.push(...read.problems);
    if (read.record !== null && read.row !== null) {
      const more = onRecord(read.record, read.row);
      if (more) problems.push(...more);
    }
    progress(rows, meter.total > 0 ? meter.consumed / meter.total : 1);
  }
  progress(rows, 1, true);
  return {
    sha256,
    format: table.format,
    sheet: table.sheet,
    headerRow: table.header?.row ?? null,
    rows,
    problems,
  };
}
