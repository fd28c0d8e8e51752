import type { Kysely, Transaction } from 'kysely';
import type { EvaluationResult } from '../../core/appraisal/evaluate-person.js';
import type { StoredResult } from '../../core/appraisal/stored-records.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';
import { isLatestRevision, MAX_IDS_IN_FILTER, nextRevisions } from './evaluation-revisions.js';
import { RESULT_COLUMNS, resultValues, toStoredResult } from './talent-result-row.js';

export interface NewResult {
  readonly periodId: number;
  readonly employeeId: number;
  readonly unitId: number | null;
  readonly policyVersion: number;
  readonly result: EvaluationResult;
  readonly reason: string | null;
  readonly computedByUserId: number | null;
  readonly computedAt: string;
}

/** Stores results as the next revision of each (period, person): closing writes 1, corrections 2+. */
export async function appendResults(
  trx: Transaction<Database>,
  instansiId: number,
  rows: readonly NewResult[],
): Promise<void> {
  const revisions = await nextRevisions(trx, 'evaluation_results', rows);
  await insertRows(
    trx,
    'evaluation_results',
    [
      'instansi_id',
      'period_id',
      'employee_id',
      'unit_id',
      'revision',
      'policy_version',
      'reason',
      'computed_by_user_id',
      'computed_at',
      ...RESULT_COLUMNS,
    ],
    rows.map((r, i) => [
      instansiId,
      r.periodId,
      r.employeeId,
      r.unitId,
      revisions[i],
      r.policyVersion,
      r.reason,
      r.computedByUserId,
      r.computedAt,
      ...resultValues(r.result),
    ]),
  );
}

/** The current result of each person of a closed period (optionally only some people). */
export async function currentResults(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<StoredResult[]> {
  let query = db
    .selectFrom('evaluation_results as r')
    .selectAll('r')
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision('evaluation_results', 'r'));
  if (employeeIds && employeeIds.length <= MAX_IDS_IN_FILTER)
    query = query.where('r.employee_id', 'in', employeeIds.length ? [...employeeIds] : [-1]);
  const rows = (await query.orderBy('r.employee_id').execute()).map(toStoredResult);
  if (!employeeIds || employeeIds.length <= MAX_IDS_IN_FILTER) return rows;
  const wanted = new Set(employeeIds);
  return rows.filter((r) => wanted.has(r.employeeId));
}

/** Every result revision of one person over all periods (oldest first). */
export async function resultHistory(
  db: Kysely<Database>,
  instansiId: number,
  employeeId: number,
): Promise<StoredResult[]> {
  const rows = await db
    .selectFrom('evaluation_results')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('employee_id', '=', employeeId)
    .orderBy('period_id')
    .orderBy('revision')
    .execute();
  return rows.map(toStoredResult);
}
