import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/** Users, sessions, the hash-chained audit log and settings. */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);

  await db.schema
    .createTable('users')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id'))
    .addColumn('username', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('employee_id', 'integer')
    .addColumn('active', 'boolean', (col) => col.notNull().defaultTo(true))
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id', 'no action'))
    .execute();

  await db.schema
    .createTable('user_unit_scopes')
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addPrimaryKeyConstraint('user_unit_scopes_pk', ['user_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('expires_at', c.timestamp, (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  // Append-only: no foreign keys, so the log outlives the users and rows it mentions.
  await db.schema
    .createTable('audit_log')
    .$call(c.id)
    .addColumn('instansi_id', 'integer')
    .addColumn('occurred_at', c.timestamp, (col) => col.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_ip', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity_type', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull().unique())
    .execute();
  await db.schema
    .createIndex('audit_log_instansi_idx')
    .on('audit_log')
    .columns(['instansi_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('last_id', 'integer')
    .addColumn('hash', 'text', (col) => col.notNull())
    .execute();
  await db
    .insertInto('audit_chain_head')
    .values({ id: 1, last_id: null, hash: '0'.repeat(64) })
    .execute();

  await db.schema
    .createTable('app_settings')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.references('instansi.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('value_json', 'text', (col) => col.notNull())
    .$call(c.versioned)
    .execute();
  // NULL instansi_id means "all instansi": two partial indexes keep keys unique in both cases.
  await db.schema
    .createIndex('app_settings_instansi_key_unique')
    .on('app_settings')
    .columns(['instansi_id', 'key'])
    .unique()
    .where(sql.ref('instansi_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('app_settings_global_key_unique')
    .on('app_settings')
    .column('key')
    .unique()
    .where(sql.ref('instansi_id'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'app_settings',
    'audit_chain_head',
    'audit_log',
    'sessions',
    'user_unit_scopes',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
