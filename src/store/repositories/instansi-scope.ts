import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * `column = instansiId` for filters over a whole instansi. On SQLite it is wrapped in `likely()`:
 * one instansi usually fills the database, and without the hint SQLite walks an index on
 * instansi_id with a table lookup per row, five times slower than a scan over 100,000 employees.
 * PostgreSQL's planner judges this from its statistics.
 */
export function inInstansi(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: Expression<number>,
  instansiId: number,
): Expression<SqlBool> {
  return dialectOf(db) === 'sqlite'
    ? sql<SqlBool>`likely(${column} = ${instansiId})`
    : sql<SqlBool>`${column} = ${instansiId}`;
}
