import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** One label column of the given units of an instansi, by id (units of another instansi are left out). */
async function unitLabelsById(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
  label: 'code' | 'name',
): Promise<Map<number, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', label])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...unitIds])
    .execute();
  return new Map(rows.map((u) => [u.id, u[label]]));
}

/** The codes of the given units of an instansi, by id. */
export const unitCodesById = (db: Kysely<Database>, instansiId: number, unitIds: readonly number[]) =>
  unitLabelsById(db, instansiId, unitIds, 'code');

/** The names of the given units of an instansi, by id. */
export const unitNamesById = (db: Kysely<Database>, instansiId: number, unitIds: readonly number[]) =>
  unitLabelsById(db, instansiId, unitIds, 'name');
