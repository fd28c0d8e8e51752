import { createHash } from 'node:crypto';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import { parsePeriodCode } from '../../core/appraisal/period.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  type ColumnField,
  readEvaluationFile,
} from '../../documents/import/evaluations/read-evaluation-file.js';
import { getPeriodByCode } from '../../store/repositories/evaluation-periods.js';
import type { AppContext } from '../app-context.js';
import { commitEntries, type EntryReport } from './commit-entries.js';
import { type CallMeta, instansiResource, notFound, requirePeriod } from './evaluation-access.js';

export interface ImportReport extends EntryReport {
  readonly fileName: string;
  readonly sha256: string;
  readonly format: 'CSV' | 'XLSX';
  readonly sheet: string | null;
  readonly headerRow: number | null;
  readonly columns: readonly { readonly field: ColumnField; readonly header: string }[];
}

/** The period an import names: its id (HTTP path) or its code (`2026-TW1`, on the command line). */
export async function resolvePeriod(
  ctx: AppContext,
  principal: Principal,
  ref: number | string,
): Promise<EvaluationPeriod> {
  if (typeof ref === 'number') return requirePeriod(ctx, principal, ref);
  authorize(principal, 'evaluation.read', instansiResource(principal));
  const code = parsePeriodCode(ref);
  const period = code.ok ? await getPeriodByCode(ctx.db, principal.instansiId, code.value.code) : null;
  if (!period)
    throw notFound({ id: `Periode penilaian ${ref}`, en: `Evaluation period ${ref}` }, 'period', ref);
  return period;
}

/**
 * Imports SKP ratings and attendance from a CSV or XLSX file into a period (rows may name another
 * period in a PERIODE column). All or nothing: a file with any bad row (unknown NIP, a rating
 * outside the scale, a closed period, ...) writes nothing, and the report names every bad row,
 * column and rule. `dryRun` checks without writing. The audit entry keeps the file's SHA-256.
 */
export async function importEvaluations(
  ctx: AppContext,
  principal: Principal,
  periodRef: number | string,
  file: { readonly name: string; readonly content: Uint8Array },
  options: { readonly dryRun: boolean },
  meta: CallMeta,
): Promise<ImportReport> {
  const period = await resolvePeriod(ctx, principal, periodRef);
  authorize(principal, 'evaluation.write', instansiResource(principal));
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const parsed = await readEvaluationFile(file.name, file.content);
  const report = await commitEntries(
    ctx,
    principal,
    parsed.entries,
    parsed.problems,
    {
      target: period,
      source: 'IMPORT',
      dryRun: options.dryRun,
      rowCount: parsed.rowCount,
      auditAction: 'evaluation.import',
      auditDetails: { fileName: file.name, sha256, format: parsed.format, sheet: parsed.sheet },
    },
    meta,
  );
  return {
    ...report,
    fileName: file.name,
    sha256,
    format: parsed.format,
    sheet: parsed.sheet,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
  };
}
