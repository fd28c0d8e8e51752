import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Objections not yet decided, per proposal (proposals without any are absent), for lists. */
export async function pendingObjectionCounts(
  db: Kysely<Database>,
  instansiId: number,
  proposalIds: readonly number[],
): Promise<Map<number, number>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('objections')
    .select(['proposal_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instansi_id', '=', instansiId)
    .where('proposal_id', 'in', [...proposalIds])
    .where('decision', 'is', null)
    .groupBy('proposal_id')
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, Number(r.n)]));
}
