import type { Kysely } from 'kysely';
import { type GolonganCode, isGolonganCode } from '../../core/model/golongan.js';
import type { Database } from '../schema.js';

/** The current golongan of some employees of one instansi, by employee id (others and PPPK without a code are absent). */
export async function loadCurrentGolongan(
  db: Kysely<Database>,
  instansiId: number,
  ids: readonly number[],
): Promise<Map<number, GolonganCode>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('employees')
    .select(['id', 'current_golongan'])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(
    rows.flatMap((r) => (isGolonganCode(r.current_golongan) ? [[r.id, r.current_golongan]] : [])),
  );
}
