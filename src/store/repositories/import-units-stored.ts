import type { Kysely } from 'kysely';
import type { UnitKind } from '../../core/model/unit.js';
import type { Database } from '../schema.js';

/** A stored unit as the unit importer compares it with a file row. */
export interface StoredImportUnit {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKind;
  readonly parentId: number | null;
  readonly version: number;
}

/** Every unit of an instansi by code; pass the transaction to read what it has written so far. */
export async function loadImportUnitsByCode(
  db: Kysely<Database>,
  instansiId: number,
): Promise<Map<string, StoredImportUnit>> {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'parent_id', 'version'])
    .where('instansi_id', '=', instansiId)
    .execute();
  return new Map(
    rows.map((u) => [
      u.code,
      {
        id: u.id,
        code: u.code,
        name: u.name,
        shortName: u.short_name,
        kind: u.kind as UnitKind,
        parentId: u.parent_id,
        version: u.version,
      },
    ]),
  );
}
