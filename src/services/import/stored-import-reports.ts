import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { findImportReportJson, insertImportReport } from '../../store/repositories/import-reports.js';
import type { AppContext } from '../app-context.js';
import { actorId } from '../evaluation/evaluation-access.js';
import type { ImportReport } from './import-report.js';

/** Keeps a report so it can be downloaded (XLSX) after the upload that produced it; returns its id. */
export async function saveImportReport(
  ctx: AppContext,
  principal: Principal,
  report: ImportReport,
): Promise<number> {
  return insertImportReport(ctx.db, {
    instansiId: principal.instansiId,
    kind: report.kind,
    fileName: report.fileName,
    sha256: report.sha256,
    dryRun: report.dryRun,
    ok: report.ok,
    committed: report.committed,
    reportJson: JSON.stringify(report),
    createdByUserId: actorId(principal),
  });
}

/** A stored report of the caller's instansi (another instansi's id is simply not found). */
export async function getImportReport(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const json = await findImportReportJson(ctx.db, principal.instansiId, id);
  if (json === null) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Laporan impor ${id} tidak ditemukan`, en: `Import report ${id} not found` },
      { field: 'id', value: id },
    );
  }
  return JSON.parse(json) as ImportReport;
}
