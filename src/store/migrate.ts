import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import * as organisation from './migrations/2026112801_organisation.js';
import * as personnel from './migrations/2026112802_personnel.js';
import * as accessAudit from './migrations/2026112803_access_audit.js';
import * as evaluation from './migrations/2026112804_evaluation.js';
import * as planning from './migrations/2026112805_planning.js';
import * as mutationProcess from './migrations/2026112806_process.js';
import * as imports from './migrations/2026112807_imports.js';
import * as planSummary from './migrations/2026112808_plan_summary.js';
import * as tenureOverrides from './migrations/2026120801_tenure_overrides.js';
import * as selection from './migrations/2026120802_selection.js';
import * as professionsLicences from './migrations/2026120803_professions_licences.js';
import * as boardMemberAccounts from './migrations/2026120810_board_member_accounts.js';
import * as decreeSigning from './migrations/2026120830_decree_signing.js';
import * as evidenceFiles from './migrations/2026120840_evidence_files.js';
import * as instansiTimeZone from './migrations/2026120850_instansi_time_zone.js';
import type { Database } from './schema.js';

/** Every migration, imported statically so the list works from tsx and from bundles alike. */
const MIGRATIONS = {
  '2026112801_organisation': organisation,
  '2026112802_personnel': personnel,
  '2026112803_access_audit': accessAudit,
  '2026112804_evaluation': evaluation,
  '2026112805_planning': planning,
  '2026112806_process': mutationProcess,
  '2026112807_imports': imports,
  '2026112808_plan_summary': planSummary,
  '2026120801_tenure_overrides': tenureOverrides,
  '2026120802_selection': selection,
  '2026120803_professions_licences': professionsLicences,
  '2026120810_board_member_accounts': boardMemberAccounts,
  '2026120830_decree_signing': decreeSigning,
  '2026120840_evidence_files': evidenceFiles,
  '2026120850_instansi_time_zone': instansiTimeZone,
};

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(unknown)'} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await migrator(db).migrateToLatest());
}

/** Reverts the last migration, or all of them with `{ all: true }`; returns the names reverted. */
export async function migrateDown(db: Kysely<Database>, options: { all?: boolean } = {}): Promise<string[]> {
  const m = migrator(db);
  return unwrap(options.all ? await m.migrateTo(NO_MIGRATIONS) : await m.migrateDown());
}
