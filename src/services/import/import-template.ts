import { PassThrough } from 'node:stream';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ExportFormat } from '../../documents/export/export-table.js';
import { writeCsv } from '../../documents/export/write-csv.js';
import { writeXlsx } from '../../documents/export/write-xlsx.js';
import { registerTemplate, type TemplateKind } from '../../documents/import/kinds/register-templates.js';

/** The file name a template downloads under, e.g. `templat-inovasi.xlsx`. */
export const templateFileName = (kind: TemplateKind, format: ExportFormat) =>
  `templat-${kind === 'innovations' ? 'inovasi' : 'peserta-program'}.${format}`;

/**
 * An empty import file of a kind, for whoever may import (BKPSDM): the same columns the importer
 * reads, so a filled-in template always finds its header.
 */
export async function importTemplate(
  principal: Principal,
  kind: TemplateKind,
  format: ExportFormat,
): Promise<Buffer> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const table = registerTemplate(kind);
  if (format === 'csv') {
    let text = '';
    for await (const chunk of writeCsv(table)) text += chunk;
    return Buffer.from(text, 'utf8');
  }
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  // The workbook writer ends the stream when it commits.
  await writeXlsx(table, out);
  await done;
  return Buffer.concat(chunks);
}
