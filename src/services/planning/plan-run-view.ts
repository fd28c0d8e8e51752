import type { Kysely } from 'kysely';
import type { PlanTotals } from '../../core/solver/plan/plan-types.js';
import type { PlanRunRecord } from '../../store/repositories/planning-runs.js';
import { getScenarioVersion } from '../../store/repositories/planning-scenarios.js';
import { userActors } from '../../store/repositories/users.js';
import type { Database } from '../../store/schema.js';

/** A plan run with the name of the scenario version it ran and of the user who started it. */
export interface PlanRunView {
  readonly run: PlanRunRecord<PlanTotals>;
  readonly scenarioName: string;
  /** Null for a run nobody started by hand (or a user since removed). */
  readonly requestedByName: string | null;
}

/**
 * Labels runs with their scenario version's name (one lookup per distinct version) and the name
 * of whoever started them (one query), so no screen shows a bare user id.
 */
export async function withScenarioNames(
  db: Kysely<Database>,
  runs: readonly PlanRunRecord<PlanTotals>[],
): Promise<PlanRunView[]> {
  const names = new Map<string, string>();
  for (const run of runs) {
    const key = `${run.scenarioId}:${run.scenarioVersion}`;
    if (names.has(key)) continue;
    const version = await getScenarioVersion(db, run.instansiId, run.scenarioId, run.scenarioVersion);
    names.set(key, version?.name ?? `#${run.scenarioId}`);
  }
  const requesters = await userActors(db, [
    ...new Set(runs.flatMap((r) => (r.requestedByUserId === null ? [] : [r.requestedByUserId]))),
  ]);
  return runs.map((run) => ({
    run,
    scenarioName: names.get(`${run.scenarioId}:${run.scenarioVersion}`)!,
    requestedByName:
      run.requestedByUserId === null ? null : (requesters.get(run.requestedByUserId)?.name ?? null),
  }));
}
