import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface OrganisationUnitRef {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

export interface OrganisationPositionRef {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly unitId: number;
}

/** Every unit and position of an instansi (id, code, name), for resolving the references of a file. */
export async function listOrganisationRefs(
  db: Kysely<Database>,
  instansiId: number,
): Promise<{ units: OrganisationUnitRef[]; positions: OrganisationPositionRef[] }> {
  const [units, positions] = await Promise.all([
    db.selectFrom('units').select(['id', 'code', 'name']).where('instansi_id', '=', instansiId).execute(),
    db
      .selectFrom('positions')
      .select(['id', 'code', 'name', 'unit_id'])
      .where('instansi_id', '=', instansiId)
      .execute(),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
    positions: positions.map((p) => ({ id: p.id, code: p.code, name: p.name, unitId: p.unit_id })),
  };
}
