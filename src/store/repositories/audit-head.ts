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

/**
 * Audit actions whose writes hold no data a reader derives anything from: sign-ins (sessions),
 * planning scenarios and plan runs (their own rows). They happen all day (edit a scenario, run
 * it, run it again); they must not make every reader of derived data reload the instansi.
 */
export const BOOKKEEPING_ACTIONS: readonly string[] = [
  'auth.sign_in',
  'scenario.create',
  'scenario.update',
  'plan.run',
  'plan.finish',
  'plan.cancel',
  'plan.recover',
];

/**
 * Like `auditHeadId`, but the last entry that may have changed the instansi's data: entries of
 * `BOOKKEEPING_ACTIONS` are skipped (the primary key is read backwards until another action).
 * @example await dataAuditHeadId(db) // 18340 while 18341-18342 are a sign-in and a plan run
 */
export async function dataAuditHeadId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('action', 'not in', BOOKKEEPING_ACTIONS)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? 0;
}
