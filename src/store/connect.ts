import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { SqlDialect } from './dialect.js';
import type { Database } from './schema.js';
import { SqliteBooleanPlugin } from './sqlite-boolean-plugin.js';

export interface DatabaseConnection {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
}

/**
 * Opens the database a URL names:
 * - `postgres://user@host:port/db` (or `postgresql://`): a pg Pool;
 * - `sqlite:./data/penata.db`, a plain path, `:memory:` or `sqlite::memory:`: better-sqlite3 in WAL
 *   mode with foreign keys on and a busy timeout.
 *
 * Values come back alike on both engines: calendar dates as `YYYY-MM-DD` strings, timestamps as
 * ISO-8601 UTC strings, counts (bigint) and numerics as numbers. SQLite flags come back as 0/1 and
 * repositories map them to booleans.
 * @example const { db, close } = await connectDatabase('sqlite:./data/penata.db');
 */
export async function connectDatabase(
  url: string,
  options: ConnectOptions = {},
): Promise<DatabaseConnection> {
  if (/^postgres(ql)?:\/\//.test(url)) return connectPostgres(url, options);
  return connectSqlite(sqlitePath(url));
}

function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  if (path === '') throw new Error(`No SQLite path in database URL "${url}"`);
  return path;
}

function connectSqlite(path: string): DatabaseConnection {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  if (!inMemory) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // The default 2 MB page cache re-reads a 100,000-employee database on every list.
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 268435456');
  database.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
    plugins: [new SqliteBooleanPlugin()],
  });
  const close = async () => {
    if (database.open && !inMemory) database.pragma('optimize');
    await db.destroy();
  };
  return { db, dialect: 'sqlite', close };
}

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

/** Parsers for this pool only: pg's global type registry stays untouched. */
function portableTypes(): pg.CustomTypesConfig {
  const timestamp = pg.types.getTypeParser(OID.TIMESTAMPTZ, 'text');
  const parsers: Record<number, (value: string) => unknown> = {
    [OID.INT8]: Number,
    [OID.NUMERIC]: Number,
    [OID.DATE]: (value) => value,
    [OID.TIMESTAMP]: (value) => new Date(`${value.replace(' ', 'T')}Z`).toISOString(),
    [OID.TIMESTAMPTZ]: (value) => (timestamp(value) as Date).toISOString(),
  };
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      parsers[oid] ?? pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

async function connectPostgres(url: string, options: ConnectOptions): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: portableTypes() });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
