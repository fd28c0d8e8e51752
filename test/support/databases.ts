import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { connectDatabase } from '../../src/store/connect.js';
import type { SqlDialect } from '../../src/store/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { Database } from '../../src/store/schema.js';

/** Every engine the store runs on; store suites run once per entry. */
export const DIALECTS = ['sqlite', 'postgres'] as const satisfies readonly SqlDialect[];

export interface TestDatabase {
  readonly dialect: SqlDialect;
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * A fresh, empty database: SQLite in memory, or a new PostgreSQL database (unique name) on the
 * run's server, dropped on close. Migrated unless `{ migrate: false }`.
 */
export async function openTestDatabase(
  dialect: SqlDialect,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const opened = dialect === 'sqlite' ? await openSqlite() : await openPostgres();
  if (options.migrate ?? true) await migrateToLatest(opened.db);
  return opened;
}

async function openSqlite(): Promise<TestDatabase> {
  const { db, close } = await connectDatabase(':memory:');
  return { dialect: 'sqlite', db, close };
}

async function openPostgres(): Promise<TestDatabase> {
  const serverUrl = inject('penataPostgresUrl');
  if (!serverUrl) throw new Error(`PostgreSQL is not available: ${inject('penataPostgresSkipReason')}`);
  const name = `penata_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { db, close } = await connectDatabase(url.toString(), { poolSize: 4 });
  return {
    dialect: 'postgres',
    db,
    close: async () => {
      await close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * Drops a database once its connections are gone. A closed pool's backends may need a moment to
 * exit; `with (force)` would instead kill them and surface FATAL errors on the closing clients.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await admin(serverUrl, `drop database if exists "${name}"`);
    } catch (error) {
      const inUse = (error as { code?: string }).code === '55006';
      if (!inUse || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Declares the suite once per dialect, each on its own fresh database (shared by the suite's
 * tests, so tests create their own instansi). The PostgreSQL variant is skipped, with the reason
 * printed, only when the global setup found no server outside CI (in CI the setup fails instead).
 * @example describeEachDialect('units', (t) => { it('...', async () => { await t().db... }) });
 */
export function describeEachDialect(
  name: string,
  body: (database: () => TestDatabase) => void,
  options: { migrate?: boolean } = {},
): void {
  for (const dialect of DIALECTS) {
    const skipReason = inject('penataPostgresSkipReason');
    if (skipReason === undefined) {
      throw new Error('Store suites need test/support/postgres-global-setup.ts in the Vitest globalSetup');
    }
    // The global setup printed the reason once for the whole run.
    const skipped = dialect === 'postgres' && skipReason !== null;
    (skipped ? describe.skip : describe)(
      `${name} [${dialect}]${skipped ? ' (no PostgreSQL server)' : ''}`,
      () => {
        let database: TestDatabase | undefined;
        beforeAll(async () => {
          database = await openTestDatabase(dialect, options);
        });
        afterAll(async () => {
          await database?.close();
        });
        body(() => {
          if (!database) throw new Error('test database is not open yet (use it inside tests or hooks)');
          return database;
        });
      },
    );
  }
}
