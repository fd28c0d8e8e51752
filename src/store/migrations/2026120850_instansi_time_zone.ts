import type { Kysely } from 'kysely';

/**
 * The office's IANA time zone: "today" for an SK date, an announcement, an objection window or a
 * take-effect is the date where the instansi works. Indonesia spans three zones (WIB, WITA, WIT);
 * every existing instansi gets WIB, which is right for Sibolga. The application checks the value.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('instansi')
    .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('Asia/Jakarta'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('instansi').dropColumn('time_zone').execute();
}
