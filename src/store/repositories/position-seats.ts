import type { Kysely, Transaction } from 'kysely';
import type { SeatCount } from '../../core/workflow/seat-balance.js';
import type { Database } from '../schema.js';

/** Seats (formasi) and current holders of the given posts, in one query. */
export async function seatCounts(
  db: Kysely<Database> | Transaction<Database>,
  instansiId: number,
  positionIds: readonly number[],
): Promise<Map<number, SeatCount>> {
  if (positionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('positions as p')
    .leftJoin('position_assignments as a', (j) =>
      j.onRef('a.position_id', '=', 'p.id').on('a.end_date', 'is', null),
    )
    .select(['p.id', 'p.name', 'p.seats', (eb) => eb.fn.count<number>('a.id').as('holders')])
    .where('p.instansi_id', '=', instansiId)
    .where('p.id', 'in', [...new Set(positionIds)])
    .groupBy(['p.id', 'p.name', 'p.seats'])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, seats: r.seats, holders: Number(r.holders) }]));
}
