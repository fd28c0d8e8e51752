import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface PlaceLabels {
  /** Position id -> its name and unit. */
  readonly positions: ReadonlyMap<number, { readonly name: string; readonly unitId: number }>;
  /** Unit id -> its name. */
  readonly units: ReadonlyMap<number, string>;
}

/** Names of every position and unit of the instansi, to label the ids a plan stores. */
export async function loadPlaceLabels(db: Kysely<Database>, instansiId: number): Promise<PlaceLabels> {
  const [positions, units] = await Promise.all([
    db
      .selectFrom('positions')
      .select(['id', 'name', 'unit_id'])
      .where('instansi_id', '=', instansiId)
      .execute(),
    db.selectFrom('units').select(['id', 'name']).where('instansi_id', '=', instansiId).execute(),
  ]);
  return {
    positions: new Map(positions.map((p) => [p.id, { name: p.name, unitId: p.unit_id }])),
    units: new Map(units.map((u) => [u.id, u.name])),
  };
}

/** The NIPs among `nips` that belong to no employee of the instansi. */
export async function unknownNips(
  db: Kysely<Database>,
  instansiId: number,
  nips: readonly string[],
): Promise<string[]> {
  if (nips.length === 0) return [];
  const found = await db
    .selectFrom('employees')
    .select('nip')
    .where('instansi_id', '=', instansiId)
    .where('nip', 'in', [...nips])
    .execute();
  const known = new Set(found.map((r) => r.nip));
  return nips.filter((n) => !known.has(n));
}
