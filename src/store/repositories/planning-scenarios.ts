import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { PlanScenarioVersionsTable } from '../schema-planning.js';

/** One saved version of a scenario; the definition is the plan builder's scenario, stored as JSON. */
export interface ScenarioVersion<D = unknown> {
  readonly scenarioId: number;
  readonly instansiId: number;
  readonly version: number;
  /** The newest version of the scenario (equal to `version` for the current one). */
  readonly currentVersion: number;
  readonly name: string;
  readonly description: string | null;
  readonly definition: D;
  /** ISO-8601 UTC. */
  readonly savedAt: string;
  readonly savedByUserId: number | null;
}

type VersionRow = Selectable<PlanScenarioVersionsTable> & { current_version: number };

function toVersion<D>(row: VersionRow): ScenarioVersion<D> {
  return {
    scenarioId: row.scenario_id,
    instansiId: row.instansi_id,
    version: row.version_no,
    currentVersion: row.current_version,
    name: row.name,
    description: row.description,
    // Definitions were validated when written; readers re-check what they rely on.
    definition: JSON.parse(row.definition_json) as D,
    savedAt: row.saved_at,
    savedByUserId: row.saved_by_user_id,
  };
}

function versions(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('plan_scenario_versions as v')
    .innerJoin('plan_scenarios as s', 's.id', 'v.scenario_id')
    .selectAll('v')
    .select('s.current_version')
    .where('v.instansi_id', '=', instansiId);
}

/** The current version of every scenario of the instansi, by name. */
export async function listCurrentScenarios<D>(
  db: Kysely<Database>,
  instansiId: number,
): Promise<ScenarioVersion<D>[]> {
  const rows = await versions(db, instansiId)
    .whereRef('v.version_no', '=', 's.current_version')
    .orderBy('s.name')
    .execute();
  return rows.map((r) => toVersion<D>(r));
}

/** One version of a scenario, or its current one when `version` is omitted; null when absent. */
export async function getScenarioVersion<D>(
  db: Kysely<Database>,
  instansiId: number,
  scenarioId: number,
  version?: number,
): Promise<ScenarioVersion<D> | null> {
  let query = versions(db, instansiId).where('v.scenario_id', '=', scenarioId);
  query =
    version === undefined
      ? query.whereRef('v.version_no', '=', 's.current_version')
      : query.where('v.version_no', '=', version);
  const row = await query.executeTakeFirst();
  return row ? toVersion<D>(row) : null;
}

/** The scenario's id by its (current) name, or null. */
export async function findScenarioIdByName(
  db: Kysely<Database>,
  instansiId: number,
  name: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('plan_scenarios')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Every version of a scenario, newest first. */
export async function listScenarioVersions<D>(
  db: Kysely<Database>,
  instansiId: number,
  scenarioId: number,
): Promise<ScenarioVersion<D>[]> {
  const rows = await versions(db, instansiId)
    .where('v.scenario_id', '=', scenarioId)
    .orderBy('v.version_no', 'desc')
    .execute();
  return rows.map((r) => toVersion<D>(r));
}

export interface ScenarioDraft<D> {
  readonly name: string;
  readonly description: string | null;
  readonly definition: D;
  readonly savedAt: string;
  readonly savedByUserId: number | null;
}

/** Creates a scenario with its version 1; the unique (instansi, name) key refuses a duplicate name. */
export async function insertScenario<D>(
  db: Kysely<Database>,
  instansiId: number,
  draft: ScenarioDraft<D>,
): Promise<ScenarioVersion<D>> {
  const { id } = await db
    .insertInto('plan_scenarios')
    .values({
      instansi_id: instansiId,
      name: draft.name,
      current_version: 1,
      created_at: draft.savedAt,
      created_by_user_id: draft.savedByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return insertVersionRow(db, instansiId, id, 1, draft);
}

/**
 * Stores version `expected + 1` of the scenario. Returns null when the current version is no longer
 * `expected` (someone saved first): the caller reports the conflict, nothing is written.
 */
export async function insertNextScenarioVersion<D>(
  db: Kysely<Database>,
  instansiId: number,
  scenarioId: number,
  expected: number,
  draft: ScenarioDraft<D>,
): Promise<ScenarioVersion<D> | null> {
  const next = expected + 1;
  const updated = await db
    .updateTable('plan_scenarios')
    .set({ current_version: next, name: draft.name })
    .where('id', '=', scenarioId)
    .where('instansi_id', '=', instansiId)
    .where('current_version', '=', expected)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return null;
  return insertVersionRow(db, instansiId, scenarioId, next, draft);
}

async function insertVersionRow<D>(
  db: Kysely<Database>,
  instansiId: number,
  scenarioId: number,
  version: number,
  draft: ScenarioDraft<D>,
): Promise<ScenarioVersion<D>> {
  const row = await db
    .insertInto('plan_scenario_versions')
    .values({
      instansi_id: instansiId,
      scenario_id: scenarioId,
      version_no: version,
      name: draft.name,
      description: draft.description,
      definition_json: JSON.stringify(draft.definition),
      saved_at: draft.savedAt,
      saved_by_user_id: draft.savedByUserId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVersion<D>({ ...row, current_version: version });
}
