import type { Kysely } from 'kysely';

/**
 * Board members are user accounts (issue 14): each member row keeps the NIP of the official the
 * account belongs to (printed with their signature in the minutes, as of the session), and an
 * account sits on a session at most once. Old rows typed by name keep `user_id` and `nip` null.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('board_members').addColumn('nip', 'text').execute();
  await db.schema
    .createIndex('board_members_session_user_unique')
    .on('board_members')
    .columns(['session_id', 'user_id'])
    .unique()
    .execute();
  // Declarations and decisions are read per session and candidate; the unique constraints cover
  // (session, member, item) and (session, item) already.
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('board_members_session_user_unique').execute();
  await db.schema.alterTable('board_members').dropColumn('nip').execute();
}
