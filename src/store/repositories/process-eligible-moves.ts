import type { Kysely } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';

/** PNS ids of an instansi by the date of their current post, in id order, at most `limit`, leaving out `exclude`. */
async function listPnsIdsInPost(
  db: Kysely<Database>,
  instansiId: number,
  since: LocalDate,
  compare: '<=' | '>',
  options: { readonly limit: number; readonly exclude: readonly number[] },
): Promise<number[]> {
  let q = db
    .selectFrom('employees')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('employment_type', '=', 'PNS')
    .where('current_position_since', compare, since)
    .orderBy('id')
    .limit(options.limit);
  if (options.exclude.length > 0) q = q.where('id', 'not in', [...options.exclude]);
  return (await q.execute()).map((r) => r.id);
}

/**
 * Ids of the PNS of an instansi in their current post since `since` or earlier, in id order, at
 * most `limit`, leaving out `exclude`: the people worth trying for an eligible move.
 */
export const listTenuredPnsIds = (
  db: Kysely<Database>,
  instansiId: number,
  since: LocalDate,
  options: { readonly limit: number; readonly exclude: readonly number[] },
) => listPnsIdsInPost(db, instansiId, since, '<=', options);

/**
 * Ids of the PNS of an instansi in their current post since after `since`, in id order, at most
 * `limit`, leaving out `exclude`: the people a tenure exception would concern (DOMAIN.md 15.6).
 */
export const listShortTenurePnsIds = (
  db: Kysely<Database>,
  instansiId: number,
  since: LocalDate,
  options: { readonly limit: number; readonly exclude: readonly number[] },
) => listPnsIdsInPost(db, instansiId, since, '>', options);

/** NIPs of the same people as `listTenuredPnsIds` (no exclusions), in id order, at most `limit`. */
export async function listTenuredPnsNips(
  db: Kysely<Database>,
  instansiId: number,
  since: LocalDate,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('employees')
    .select('nip')
    .where('instansi_id', '=', instansiId)
    .where('employment_type', '=', 'PNS')
    .where('current_position_since', '<=', since)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.nip);
}

/** How many employees an instansi has, whatever their status. */
export async function countInstansiEmployees(db: Kysely<Database>, instansiId: number): Promise<number> {
  const { n } = await db
    .selectFrom('employees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .executeTakeFirstOrThrow();
  return Number(n);
}
