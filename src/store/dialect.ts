import { type Kysely, PostgresAdapter } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Which engine a Kysely instance (or a transaction of it) talks to. Repositories need it only where
 * the two engines differ: bulk-insert placeholders and limits, row locks.
 */
export function dialectOf(db: Pick<Kysely<unknown>, 'getExecutor'>): SqlDialect {
  // getExecutor() is public in Kysely's typings (marked internal in its docs); kysely is pinned.
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
