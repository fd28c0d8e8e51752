import type { Kysely } from 'kysely';

/**
 * The public summary of a plan run (criteria, weights, certificate, objective, move count) as JSON,
 * written when the run ends, so the transparency page does not parse every move of the city on
 * each request. Null on runs finished before this column existed: the service derives it once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_runs').addColumn('summary_json', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_runs').dropColumn('summary_json').execute();
}
