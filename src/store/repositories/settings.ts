import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The stored value of a setting (parsed JSON), or null when unset. `instansiId` null = all instansi. */
export async function getSetting(
  db: Kysely<Database>,
  instansiId: number | null,
  key: string,
): Promise<unknown> {
  const row = await db
    .selectFrom('app_settings')
    .select('value_json')
    .where('instansi_id', instansiId === null ? 'is' : '=', instansiId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? JSON.parse(row.value_json) : null;
}

/** Creates or replaces a setting (a JSON-serialisable value); a replacement bumps its version. */
export async function setSetting(
  db: Kysely<Database>,
  instansiId: number | null,
  key: string,
  value: unknown,
): Promise<void> {
  const valueJson = JSON.stringify(value);
  const updated = await db
    .updateTable('app_settings')
    .set((eb) => ({
      value_json: valueJson,
      version: eb('version', '+', 1),
      updated_at: new Date().toISOString(),
    }))
    .where('instansi_id', instansiId === null ? 'is' : '=', instansiId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db
      .insertInto('app_settings')
      .values({ instansi_id: instansiId, key, value_json: valueJson })
      .execute();
  }
}
