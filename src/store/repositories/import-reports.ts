import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface NewImportReport {
  readonly instansiId: number;
  readonly kind: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly dryRun: boolean;
  readonly ok: boolean;
  readonly committed: boolean;
  /** The whole report as JSON (it is read back whole, never queried inside). */
  readonly reportJson: string;
  readonly createdByUserId: number | null;
}

/** Stores an import report; returns its id. */
export async function insertImportReport(db: Kysely<Database>, report: NewImportReport): Promise<number> {
  const row = await db
    .insertInto('import_reports')
    .values({
      instansi_id: report.instansiId,
      kind: report.kind,
      file_name: report.fileName,
      sha256: report.sha256,
      dry_run: report.dryRun,
      ok: report.ok,
      committed: report.committed,
      report_json: report.reportJson,
      created_by_user_id: report.createdByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The JSON of a stored report of one instansi; null when there is none with that id there. */
export async function findImportReportJson(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<string | null> {
  const row = await db
    .selectFrom('import_reports')
    .select('report_json')
    .where('id', '=', id)
    .where('instansi_id', '=', instansiId)
    .executeTakeFirst();
  return row?.report_json ?? null;
}
