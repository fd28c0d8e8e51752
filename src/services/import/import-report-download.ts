import { PassThrough } from 'node:stream';
import type { Principal } from '../../core/policies/roles.js';
import { writeXlsx } from '../../documents/export/write-xlsx.js';
import type { AppContext } from '../app-context.js';
import { importReportTable } from './import-report-table.js';
import { getImportReport } from './stored-import-reports.js';

/** A stored import report as an XLSX stream (authorized and found before the first byte). */
export async function importReportXlsx(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<PassThrough> {
  const report = await getImportReport(ctx, principal, id);
  const out = new PassThrough();
  writeXlsx(importReportTable(report), out).catch((error: Error) => out.destroy(error));
  return out;
}
