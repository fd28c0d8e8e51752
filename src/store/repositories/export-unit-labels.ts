import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The codes of the given units of an instansi, by id (units of another instansi are left out). */
export async function unitCodesById(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<Map<number, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code'])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...unitIds])
    .execute();
  return new Map(rows.map((u) => [u.id, u.code]));
}

/** The names of the given units of an instansi, by id (units of another instansi are left out). */
export async function unitNamesById(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<Map<number, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...unitIds])
    .execute();
  return new Map(rows.map((u) => [u.id, u.name]));
}
