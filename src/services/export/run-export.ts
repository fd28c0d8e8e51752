import { PassThrough, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ExportFormat } from '../../documents/export/export-table.js';

export { CONTENT_TYPES, type ExportFormat } from '../../documents/export/export-table.js';

import { writeCsv } from '../../documents/export/write-csv.js';
import { writeXlsx } from '../../documents/export/write-xlsx.js';
import type { AppContext } from '../app-context.js';
import { type ErasedExporter, EXPORTERS, type ExportFilter, type ExportKind } from './export-registry.js';

/**
 * Writes an export of `kind` in `format` to `out`, streaming: rows are read page by page and
 * written as they come. Authorization: `data.export` (BKPSDM), then the list's own rules.
 */
export async function runExport<K extends ExportKind>(
  ctx: AppContext,
  principal: Principal,
  kind: K,
  filter: ExportFilter<K>,
  format: ExportFormat,
  out: Writable,
): Promise<void> {
  authorize(principal, 'data.export', { type: 'instansi', instansiId: principal.instansiId });
  // Each exporter's rows fit its own columns; the writers never look inside a row.
  const exporter = EXPORTERS[kind] as unknown as ErasedExporter<ExportFilter<K>>;
  const table = exporter.table(ctx, principal, filter);
  if (format === 'csv') await pipeline(writeCsv(table), out);
  else {
    await writeXlsx(table, out);
    if (!out.writableFinished) await finished(out);
  }
}

/**
 * The same as a readable stream (for an HTTP reply). The caller is authorized before the first
 * byte, so a refusal is a 403 and not a broken download; later errors end the stream.
 */
export function exportStream<K extends ExportKind>(
  ctx: AppContext,
  principal: Principal,
  kind: K,
  filter: ExportFilter<K>,
  format: ExportFormat,
): PassThrough {
  authorize(principal, 'data.export', { type: 'instansi', instansiId: principal.instansiId });
  const stream = new PassThrough();
  runExport(ctx, principal, kind, filter, format, stream).catch((error: Error) => stream.destroy(error));
  return stream;
}

export const exportFileName = (kind: ExportKind, format: ExportFormat, date: string) =>
  `${EXPORTERS[kind].fileBase}-${date}.${format}`;
