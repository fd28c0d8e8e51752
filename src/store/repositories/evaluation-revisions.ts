import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.js';

/** Tables of append-only revisions keyed by (period, employee, revision). */
export type RevisionTable = 'skp_ratings' | 'attendance_records' | 'evaluation_results';

/** Above this many ids a filter loads the whole period and filters in memory (bind limits). */
export const MAX_IDS_IN_FILTER = 1000;

/**
 * `alias` is the latest revision of its (period, employee): no newer revision exists. Keyed by the
 * unique (period_id, employee_id, revision) index on both engines.
 */
export function isLatestRevision(table: RevisionTable, alias: string) {
  return sql<SqlBool>`not exists (select 1 from ${sql.table(table)} as newer where newer.period_id = ${sql.ref(
    `${alias}.period_id`,
  )} and newer.employee_id = ${sql.ref(`${alias}.employee_id`)} and newer.revision > ${sql.ref(`${alias}.revision`)})`;
}

/** The highest revision of each (period, employee) among the given periods, keyed `period:employee`. */
export async function maxRevisions(
  db: Kysely<Database>,
  table: RevisionTable,
  periodIds: readonly number[],
  employeeIds: readonly number[],
): Promise<Map<string, number>> {
  if (periodIds.length === 0) return new Map();
  // The three tables share these columns; the cast picks one shape for the query builder.
  let query = db
    .selectFrom(table as 'skp_ratings')
    .where('period_id', 'in', [...new Set(periodIds)])
    .groupBy(['period_id', 'employee_id'])
    .select((eb) => ['period_id', 'employee_id', eb.fn.max('revision').as('revision')]);
  const ids = [...new Set(employeeIds)];
  if (ids.length > 0 && ids.length <= MAX_IDS_IN_FILTER) query = query.where('employee_id', 'in', ids);
  const rows = await query.execute();
  return new Map(rows.map((r) => [`${r.period_id}:${r.employee_id}`, Number(r.revision)]));
}

/** Assigns each new row the next revision of its (period, employee), in input order. */
export async function nextRevisions(
  db: Kysely<Database>,
  table: RevisionTable,
  rows: readonly { readonly periodId: number; readonly employeeId: number }[],
): Promise<number[]> {
  const max = await maxRevisions(
    db,
    table,
    rows.map((r) => r.periodId),
    rows.map((r) => r.employeeId),
  );
  return rows.map(({ periodId, employeeId }) => {
    const key = `${periodId}:${employeeId}`;
    const next = (max.get(key) ?? 0) + 1;
    max.set(key, next);
    return next;
  });
}
