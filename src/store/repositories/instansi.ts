import type { Kysely, Selectable, Transaction } from 'kysely';
import type { InstansiDraft } from '../../core/model/drafts.js';
import type { Instansi, InstansiKind } from '../../core/model/unit.js';
import type { Database, InstansiTable } from '../schema.js';

function toInstansi(row: Selectable<InstansiTable>): Instansi {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as InstansiKind,
    province: row.province,
    regionCode: row.region_code,
    timeZone: row.time_zone,
    version: row.version,
  };
}

export async function insertInstansi(db: Kysely<Database>, draft: InstansiDraft): Promise<Instansi> {
  const row = await db
    .insertInto('instansi')
    .values({
      code: draft.code,
      name: draft.name,
      kind: draft.kind,
      province: draft.province,
      region_code: draft.regionCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toInstansi(row);
}

export async function getInstansiByCode(db: Kysely<Database>, code: string): Promise<Instansi | null> {
  const row = await db.selectFrom('instansi').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toInstansi(row) : null;
}

export async function listInstansi(db: Kysely<Database>): Promise<Instansi[]> {
  const rows = await db.selectFrom('instansi').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toInstansi);
}

export async function getInstansiById(
  db: Kysely<Database> | Transaction<Database>,
  id: number,
): Promise<Instansi | null> {
  const row = await db.selectFrom('instansi').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toInstansi(row) : null;
}

/**
 * Deletes an instansi with everything it holds (for re-seeding a demo). The audit log stays: it is
 * append-only and its hash chain must not break.
 */
export async function deleteInstansi(trx: Transaction<Database>, id: number): Promise<void> {
  // Sessions and unit scopes go with their users, histories with their employees, requirement
  // rows with their positions (on delete cascade).
  await trx.deleteFrom('users').where('instansi_id', '=', id).execute();
  await trx.deleteFrom('employees').where('instansi_id', '=', id).execute();
  await trx.deleteFrom('positions').where('instansi_id', '=', id).execute();
  await trx.deleteFrom('units').where('instansi_id', '=', id).execute();
  await trx.deleteFrom('app_settings').where('instansi_id', '=', id).execute();
  await trx.deleteFrom('instansi').where('id', '=', id).execute();
}

/** Sets the instansi's time zone; the caller checked the zone and holds the transaction. */
export async function updateInstansiTimeZone(
  db: Kysely<Database> | Transaction<Database>,
  id: number,
  timeZone: string,
): Promise<void> {
  await db.updateTable('instansi').set({ time_zone: timeZone }).where('id', '=', id).execute();
}
