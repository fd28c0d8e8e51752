import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Mutation planning (issue 6): scenarios with their saved versions, and plan runs (the background
 * job's state and, once finished, the immutable plan). Deleting an instansi takes all of it along;
 * actors are plain user ids, like the audit log, so the history outlives the accounts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);

  await db.schema
    .createTable('plan_scenarios')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('current_version', 'integer', (col) => col.notNull().check(sql`current_version >= 1`))
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('created_by_user_id', 'integer')
    .addUniqueConstraint('plan_scenarios_name_unique', ['instansi_id', 'name'])
    .addUniqueConstraint('plan_scenarios_id_instansi_unique', ['id', 'instansi_id'])
    .execute();

  await db.schema
    .createTable('plan_scenario_versions')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('scenario_id', 'integer', (col) => col.notNull())
    .addColumn('version_no', 'integer', (col) => col.notNull().check(sql`version_no >= 1`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('definition_json', 'text', (col) => col.notNull())
    .addColumn('saved_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('saved_by_user_id', 'integer')
    .$call(c.ownedBy('plan_scenarios', 'scenario_id'))
    .addUniqueConstraint('plan_scenario_versions_unique', ['scenario_id', 'version_no'])
    .execute();

  await db.schema
    .createTable('plan_runs')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('scenario_id', 'integer', (col) => col.notNull())
    .addColumn('scenario_version', 'integer', (col) => col.notNull())
    .addColumn('run_no', 'integer', (col) => col.notNull().check(sql`run_no >= 1`))
    .addColumn('as_of', c.date, (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col
        .notNull()
        .check(sql`state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'INFEASIBLE', 'FAILED', 'CANCELLED')`),
    )
    .addColumn('phase', 'text')
    .addColumn('progress_done', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('progress_total', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('cancel_requested', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('requested_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('requested_by_user_id', 'integer')
    .addColumn('started_at', c.timestamp)
    .addColumn('finished_at', c.timestamp)
    .addColumn('totals_json', 'text')
    .addColumn('outcome_json', 'text')
    .addColumn('certified', 'boolean')
    .addColumn('error_json', 'text')
    .$call(c.ownedBy('plan_scenarios', 'scenario_id'))
    .addUniqueConstraint('plan_runs_run_no_unique', ['scenario_id', 'run_no'])
    .execute();
  await db.schema
    .createIndex('plan_runs_instansi_state_idx')
    .on('plan_runs')
    .columns(['instansi_id', 'state'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['plan_runs', 'plan_scenario_versions', 'plan_scenarios']) {
    await db.schema.dropTable(table).execute();
  }
}
