import type { Kysely } from 'kysely';
import { DEFAULT_TIME_ZONE, type LocalDate, toLocalDateIn } from '../core/model/local-date.js';
import { connectDatabase } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { listInstansi } from '../store/repositories/instansi.js';
import type { Database } from '../store/schema.js';

/**
 * What every use case needs: the database and the clock. Services read time only through
 * `ctx.now()`, so tests can fix it and the core gets `asOf` as a plain parameter.
 */
export interface AppContext {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  readonly now: () => Date;
  /**
   * Each instansi's time zone by id, kept fresh by the session resolver (which reads the instansi row
   * on every request anyway); an instansi not in it works in WIB. Absent in hand-built test contexts.
   */
  readonly timeZones?: Map<number, string>;
  readonly version: string;
  close(): Promise<void>;
}

export const PENATA_VERSION = '0.1.0';

/** The instansi's time zone (WIB unless it set another). */
export function timeZoneOf(ctx: Pick<AppContext, 'timeZones'>, instansiId: number): string {
  return ctx.timeZones?.get(instansiId) ?? DEFAULT_TIME_ZONE;
}

/**
 * Today's date at the instansi's office: the `asOf` of its decisions. At 23:18 UTC it is already
 * the next day in Sibolga (WIB, UTC+7), and an SK or an objection window follows Sibolga's calendar.
 */
export function today(ctx: Pick<AppContext, 'now' | 'timeZones'>, instansiId: number): LocalDate {
  return toLocalDateIn(ctx.now(), timeZoneOf(ctx, instansiId));
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
    // Note: an unmigrated database has no instansi table yet; the session resolver fills the map.
    timeZones: new Map(
      opts.migrate === false ? [] : (await listInstansi(conn.db)).map((i) => [i.id, i.timeZone]),
    ),
    version: PENATA_VERSION,
    close: () => conn.close(),
  };
}

/** The default database: an SQLite file under ./data, created on first start. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/penata.db';
