import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { PlanRunState } from './planning-runs.js';

// The public summary stored with a plan run (criteria, weights, certificate, objective, move count):
// what the transparency page reads instead of the run's outcome.

/**
 * A run's state and stored public summary (parsed JSON; null when none was stored), without reading
 * its outcome; null when the run does not exist in the instansi.
 */
export async function getPlanSummary<S>(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<{ readonly state: PlanRunState; readonly summary: S | null } | null> {
  const row = await db
    .selectFrom('plan_runs')
    .select(['state', 'summary_json'])
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    state: row.state as PlanRunState,
    summary: row.summary_json === null ? null : (JSON.parse(row.summary_json) as S),
  };
}

/**
 * Stores the public summary of a run that succeeded before summaries were stored with the run. The
 * summary is derived from the stored outcome, so filling it keeps the finished run as it was; a
 * summary already there is never replaced. False when nothing was written.
 */
export async function fillMissingPlanSummary<S>(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
  summary: S,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_runs')
    .set({ summary_json: JSON.stringify(summary) })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('state', '=', 'SUCCEEDED')
    .where('summary_json', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Replaces the stored summary of a succeeded run with one derived again from its stored outcome,
 * when the summary kept is exactly `previous` (so a concurrent upgrade is not written twice): for
 * summaries written before a field was added (e.g. what a plan proves about its move limit). The
 * run itself is unchanged. False when nothing was written.
 */
export async function upgradePlanSummary<S>(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
  previous: S,
  summary: S,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_runs')
    .set({ summary_json: JSON.stringify(summary) })
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .where('state', '=', 'SUCCEEDED')
    .where('summary_json', '=', JSON.stringify(previous))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
