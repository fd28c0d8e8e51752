import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The columns a position file sets, compared with the stored row to find what changed. */
export const POSITION_IMPORT_COLUMNS = [
  'name',
  'unit_id',
  'kind',
  'eselon',
  'jf_category',
  'jf_level',
  'family',
  'kelas_jabatan',
  'min_golongan',
  'seats',
  'tugas_tambahan',
  'profession',
] as const;

export type PositionImportColumn = (typeof POSITION_IMPORT_COLUMNS)[number];

/** A stored position as the position importer compares it with a file row. */
export interface StoredImportPosition {
  readonly id: number;
  readonly code: string;
  readonly version: number;
  readonly values: Readonly<Record<PositionImportColumn, string | number | null>>;
}

/** Every position of an instansi by code; pass the transaction to read what it has written so far. */
export async function loadImportPositionsByCode(
  db: Kysely<Database>,
  instansiId: number,
): Promise<Map<string, StoredImportPosition>> {
  const rows = await db
    .selectFrom('positions')
    .select(['id', 'code', 'version', ...POSITION_IMPORT_COLUMNS])
    .where('instansi_id', '=', instansiId)
    .execute();
  return new Map(
    rows.map((p) => [
      p.code,
      {
        id: p.id,
        code: p.code,
        version: p.version,
        values: Object.fromEntries(POSITION_IMPORT_COLUMNS.map((k) => [k, p[k]])) as Record<
          PositionImportColumn,
          string | number | null
        >,
      },
    ]),
  );
}
