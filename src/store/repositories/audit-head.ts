import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The id of the last audit entry (0 before the first). Every write appends its audit entry in the
 * same transaction, so a changed head means that something may have changed: readers that keep
 * derived data between requests compare it before reuse.
 * @example await auditHeadId(db) // 18342
 */
export async function auditHeadId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_chain_head')
    .select('last_id')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.last_id ?? 0;
}
