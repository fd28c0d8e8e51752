import type { Kysely, Updateable } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { Database } from '../schema.js';

/** Tables whose rows carry `id`, `version` and `updated_at`. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: unknown; version: unknown; updated_at: unknown }
    ? T
    : never;
}[keyof Database];

type VersionedRow = { id: number; version: number; updated_at: string };
type VersionedDatabase = { versioned: VersionedRow };

/**
 * Optimistic concurrency: updates the row only when it still has the version the caller read,
 * bumps the version and `updated_at`, and returns the new version. Throws VERSION_CONFLICT when
 * someone else changed the row first (nothing is written) and NOT_FOUND when it does not exist.
 * @example await updateWithVersion(trx, 'positions', 7, position.version, { seats: 3 });
 */
export async function updateWithVersion<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: number,
  expectedVersion: number,
  changes: Omit<Updateable<Database[T]>, 'id' | 'version' | 'updated_at' | 'created_at'>,
): Promise<number> {
  // The generic table narrows to one shape here: every VersionedTable has these three columns.
  const versioned = db as unknown as Kysely<VersionedDatabase>;
  const name = table as unknown as 'versioned';
  const result = await versioned
    .updateTable(name)
    .set({ ...(changes as object), version: expectedVersion + 1, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const current = await versioned.selectFrom(name).select('version').where('id', '=', id).executeTakeFirst();
  if (!current) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Data ${table} #${id} tidak ditemukan`, en: `${table} #${id} not found` },
      { field: 'id', value: id },
    );
  }
  throw new DomainError(
    'VERSION_CONFLICT',
    {
      id: `Data ${table} #${id} telah diubah oleh pengguna lain (versi ${current.version}, bukan ${expectedVersion}); muat ulang lalu ulangi`,
      en: `${table} #${id} was changed by someone else (version ${current.version}, not ${expectedVersion}); reload and retry`,
    },
    { field: 'version', value: expectedVersion, rule: 'OPTIMISTIC_LOCK' },
  );
}
