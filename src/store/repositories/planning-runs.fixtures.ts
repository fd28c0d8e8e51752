import type { Kysely } from 'kysely';
import { seedDataset } from '../../../test/support/seed.js';
import type { Database } from '../schema.js';
import { insertPlanRun } from './planning-runs.js';
import { insertScenario } from './planning-scenarios.js';

/** Test support: a queued plan run of a new scenario, in a new instansi of the sample data set. */
export async function insertQueuedPlanRun(
  db: Kysely<Database>,
  scenarioName: string,
): Promise<{ instansiId: number; runId: number }> {
  const { instansiId } = await seedDataset(db);
  const scenario = await insertScenario(db, instansiId, {
    name: scenarioName,
    description: null,
    definition: { kind: 'VACANCIES' },
    savedAt: '2026-11-20T01:00:00.000Z',
    savedByUserId: null,
  });
  const run = await insertPlanRun(db, instansiId, {
    scenarioId: scenario.scenarioId,
    scenarioVersion: 1,
    asOf: '2027-01-01',
    requestedAt: '2026-11-20T02:00:00.000Z',
    requestedByUserId: null,
  });
  return { instansiId, runId: run.id };
}
