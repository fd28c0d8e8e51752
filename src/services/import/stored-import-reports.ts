import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { actorId } from '../evaluation/evaluation-access.js';
import type { ImportReport } from './import-report.js';

/** Keeps a report so it can be downloaded (XLSX) after the upload that produced it; returns its id. */
export async function saveImportReport(
  ctx: AppContext,
  principal: Principal,
  report: ImportReport,
): Promise<number> {
  const row = await ctx.db
    .insertInto('import_reports')
    .values({
      instansi_id: principal.instansiId,
      kind: report.kind,
      file_name: report.fileName,
      sha256: report.sha256,
      dry_run: report.dryRun,
      ok: report.ok,
      committed: report.committed,
      report_json: JSON.stringify(report),
      created_by_user_id: actorId(principal),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A stored report of the caller's instansi (another instansi's id is simply not found). */
export async function getImportReport(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const row = await ctx.db
    .selectFrom('import_reports')
    .select('report_json')
    .where('id', '=', id)
    .where('instansi_id', '=', principal.instansiId)
    .executeTakeFirst();
  if (!row) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Laporan impor ${id} tidak ditemukan`, en: `Import report ${id} not found` },
      { field: 'id', value: id },
    );
  }
  return JSON.parse(row.report_json) as ImportReport;
}
