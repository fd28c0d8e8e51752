import type { Kysely } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * The signature of an issued SK (issue 14 item 3): who signed it, on which day, and who recorded it
 * (the PPK, or BKPSDM on his behalf). A row of its own, one per decree, so the issued SK itself stays
 * immutable. The SK keeps its signatory's NIP too (an official signing a.n. shows one).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  await db.schema.alterTable('decrees').addColumn('signatory_nip', 'text').execute();
  await db.schema
    .createTable('decree_signings')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('decree_id', 'integer', (col) => col.notNull())
    .addColumn('signed_on', c.date, (col) => col.notNull())
    .addColumn('signer_name', 'text', (col) => col.notNull())
    .addColumn('signer_title', 'text', (col) => col.notNull())
    .addColumn('signer_nip', 'text')
    .addColumn('recorded_by_user_id', 'integer')
    .addColumn('recorded_by_role', 'text', (col) => col.notNull())
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('decrees', 'decree_id'))
    .addUniqueConstraint('decree_signings_decree_unique', ['decree_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('decree_signings').execute();
  await db.schema.alterTable('decrees').dropColumn('signatory_nip').execute();
}
