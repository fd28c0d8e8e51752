import type { Kysely } from 'kysely';
import { type LocalDate, toLocalDate } from '../core/model/local-date.js';
import { connectDatabase } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import type { Database } from '../store/schema.js';

/**
 * What every use case needs: the database and the clock. Services read time only through
 * `ctx.now()`, so tests can fix it and the core gets `asOf` as a plain parameter.
 */
export interface AppContext {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  readonly now: () => Date;
  readonly version: string;
  close(): Promise<void>;
}

export const PENATA_VERSION = '0.1.0';

export function today(ctx: Pick<AppContext, 'now'>): LocalDate {
  return toLocalDate(ctx.now());
}

/**
 * Opens the database named by the URL, migrates it to the latest schema, and returns the context.
 * @example await openAppContext({ databaseUrl: 'sqlite:./data/penata.db' })
 */
export async function openAppContext(opts: {
  databaseUrl: string;
  now?: () => Date;
  migrate?: boolean;
}): Promise<AppContext> {
  const conn = await connectDatabase(opts.databaseUrl);
  if (opts.migrate !== false) await migrateToLatest(conn.db);
  return {
    db: conn.db,
    dialect: conn.dialect,
    now: opts.now ?? (() => new Date()),
    version: PENATA_VERSION,
    close: () => conn.close(),
  };
}

/** The default database: an SQLite file under ./data, created on first start. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/penata.db';
