import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import type { CallMeta } from '../evaluation/evaluation-access.js';
import { importEvaluations } from '../evaluation/import-evaluations.js';
import type { ImportReport } from './import-report.js';
import type { ImportFile } from './read-import-file.js';

/**
 * The evaluation import (SKP ratings and attendance into a period) in the common report shape,
 * so `penata import --kind evaluations` and `/api/imports/evaluations` answer like every kind.
 * Its own rules and audit stay in `services/evaluation/import-evaluations.ts`.
 */
export async function importEvaluationFile(
  ctx: AppContext,
  principal: Principal,
  period: number | string,
  file: ImportFile,
  options: { readonly dryRun: boolean },
  meta: CallMeta,
): Promise<ImportReport> {
  const r = await importEvaluations(ctx, principal, period, file, options, meta);
  const problems = r.problems.map((p) => ({
    row: p.row,
    column: p.column,
    value: p.value ?? null,
    code: p.rule,
    message: p.message,
    severity: p.severity,
  }));
  const ok = !problems.some((p) => p.severity === 'ERROR');
  const records = r.counts.skp + r.counts.attendance;
  return {
    kind: 'evaluations',
    fileName: r.fileName,
    sha256: r.sha256,
    format: r.format,
    sheet: r.sheet,
    headerRow: r.headerRow,
    dryRun: r.dryRun,
    ok,
    committed: r.committed,
    rows: r.rows,
    // Evaluation records are revisions: every accepted row is written as a new revision.
    written: { created: ok ? records : 0, updated: 0, unchanged: 0 },
    problems,
  };
}
