import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Column helpers shared by the migrations: the few places where SQLite and PostgreSQL DDL differ.
 * Migrations are history: change these only in ways that produce the same DDL.
 */
export function columnsFor(db: Kysely<any>) {
  const pg = dialectOf(db) === 'postgres';
  const now = pg ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  return {
    /** SQL type of a calendar date (`YYYY-MM-DD`). */
    date: pg ? ('date' as const) : ('text' as const),
    /** SQL type of an instant (ISO-8601 UTC on SQLite). */
    timestamp: pg ? ('timestamptz' as const) : ('text' as const),
    now,
    /** Generated integer primary key `id`. */
    id: (table: CreateTableBuilder<string, any>): CreateTableBuilder<string, any> =>
      table.addColumn('id', 'integer', (c) =>
        pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
      ),
    /**
     * Composite foreign key `(column, instansi_id)` -> `parent(id, instansi_id)`, deleted with the
     * parent: the row lives in its parent's instansi, checked by one constraint instead of two.
     */
    ownedBy:
      (parent: string, column: string, onDelete: 'cascade' | 'no action' = 'cascade') =>
      (table: CreateTableBuilder<string, any>): CreateTableBuilder<string, any> =>
        table.addForeignKeyConstraint(
          `${column}_instansi_fk`,
          [column, 'instansi_id'],
          parent,
          ['id', 'instansi_id'],
          (fk) => fk.onDelete(onDelete),
        ),
    /** `created_at`, `updated_at` and `version` (optimistic concurrency, starts at 1). */
    versioned: (table: CreateTableBuilder<string, any>): CreateTableBuilder<string, any> =>
      table
        .addColumn('created_at', pg ? 'timestamptz' : 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('updated_at', pg ? 'timestamptz' : 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`)),
  };
}
