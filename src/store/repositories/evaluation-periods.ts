import type { Kysely, Selectable } from 'kysely';
import type { EvaluationPeriod, PeriodKind, PeriodSpan, PeriodStatus } from '../../core/appraisal/period.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';
import type { EvaluationPeriodsTable } from '../schema-evaluation.js';
import { updateWithVersion } from './update-with-version.js';

function toPeriod(row: Selectable<EvaluationPeriodsTable>): EvaluationPeriod {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    code: row.code,
    kind: row.kind as PeriodKind,
    year: row.year,
    sequence: row.sequence,
    startDate: row.start_date as LocalDate,
    endDate: row.end_date as LocalDate,
    status: row.status as PeriodStatus,
    policyVersion: row.policy_version,
    closedAt: row.closed_at,
    closedByUserId: row.closed_by_user_id,
    version: row.version,
  };
}

export async function insertPeriod(
  db: Kysely<Database>,
  instansiId: number,
  span: PeriodSpan,
): Promise<EvaluationPeriod> {
  const row = await db
    .insertInto('evaluation_periods')
    .values({
      instansi_id: instansiId,
      code: span.code,
      kind: span.kind,
      year: span.year,
      sequence: span.sequence,
      start_date: span.startDate,
      end_date: span.endDate,
      policy_version: null,
      closed_at: null,
      closed_by_user_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPeriod(row);
}

/** The periods of an instansi, latest first (annual before the quarters of the same year). */
export async function listPeriods(db: Kysely<Database>, instansiId: number): Promise<EvaluationPeriod[]> {
  const rows = await db
    .selectFrom('evaluation_periods')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .orderBy('end_date', 'desc')
    .orderBy('start_date')
    .execute();
  return rows.map(toPeriod);
}

export async function getPeriod(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<EvaluationPeriod | null> {
  const row = await db
    .selectFrom('evaluation_periods')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPeriod(row) : null;
}

export async function getPeriodByCode(
  db: Kysely<Database>,
  instansiId: number,
  code: string,
): Promise<EvaluationPeriod | null> {
  const row = await db
    .selectFrom('evaluation_periods')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toPeriod(row) : null;
}

/** Closes the period under a policy version; VERSION_CONFLICT when someone changed it first. */
export async function markPeriodClosed(
  db: Kysely<Database>,
  period: EvaluationPeriod,
  closing: { policyVersion: number; closedAt: string; closedByUserId: number | null },
): Promise<number> {
  return updateWithVersion(db, 'evaluation_periods', period.id, period.version, {
    status: 'CLOSED',
    policy_version: closing.policyVersion,
    closed_at: closing.closedAt,
    closed_by_user_id: closing.closedByUserId,
  });
}

/** People with an SKP rating per period (any revision counts once). */
export async function ratedCounts(db: Kysely<Database>, instansiId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('skp_ratings')
    .where('instansi_id', '=', instansiId)
    .groupBy('period_id')
    .select((eb) => ['period_id', eb.fn.count<number>('employee_id').distinct().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.period_id, Number(r.n)]));
}
