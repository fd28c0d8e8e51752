import type { Kysely, Selectable, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Role } from '../../core/policies/roles.js';
import type { Proposal, TransitionRecord } from '../../core/workflow/proposal-model.js';
import type { ProposalState, Transition } from '../../core/workflow/proposal-states.js';
import type { Database } from '../schema.js';
import type { ProposalsTable } from '../schema-process.js';

export interface NewProposal {
  readonly instansiId: number;
  readonly number: string;
  readonly title: string;
  readonly round: string;
  readonly tmt: LocalDate;
  readonly planId: number | null;
  readonly planSummary: unknown;
  readonly createdByUserId: number;
}

const json = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

function toProposal(r: Selectable<ProposalsTable>): Proposal {
  return {
    id: r.id,
    instansiId: r.instansi_id,
    number: r.number,
    title: r.title,
    round: r.round,
    state: r.state as ProposalState,
    tmt: r.tmt as LocalDate,
    planId: r.plan_id,
    planSummary: json(r.plan_summary_json),
    createdByUserId: r.created_by_user_id,
    announcedOn: r.announced_on as LocalDate | null,
    objectionWindowDays: r.objection_window_days,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Inserts a DRAFT proposal; returns it. */
export async function insertProposal(trx: Transaction<Database>, p: NewProposal): Promise<Proposal> {
  const row = await trx
    .insertInto('proposals')
    .values({
      instansi_id: p.instansiId,
      number: p.number,
      title: p.title,
      round: p.round,
      state: 'DRAFT',
      tmt: p.tmt,
      plan_id: p.planId,
      plan_summary_json:
        p.planSummary === null || p.planSummary === undefined ? null : JSON.stringify(p.planSummary),
      created_by_user_id: p.createdByUserId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProposal(row);
}

/** The next free proposal number of the year: `USL-2025-003`. */
export async function nextProposalNumber(
  db: Kysely<Database>,
  instansiId: number,
  year: number,
): Promise<string> {
  const prefix = `USL-${year}-`;
  const row = await db
    .selectFrom('proposals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return `${prefix}${String(Number(row.n) + 1).padStart(3, '0')}`;
}

export async function getProposal(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<Proposal | null> {
  const row = await db
    .selectFrom('proposals')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toProposal(row) : null;
}

export interface ProposalFilter {
  readonly states?: readonly ProposalState[] | undefined;
  readonly round?: string | undefined;
}

/** Proposals of an instansi, newest first. */
export async function listProposals(
  db: Kysely<Database>,
  instansiId: number,
  filter: ProposalFilter = {},
): Promise<Proposal[]> {
  let q = db.selectFrom('proposals').selectAll().where('instansi_id', '=', instansiId);
  if (filter.states && filter.states.length > 0) q = q.where('state', 'in', [...filter.states]);
  if (filter.round !== undefined) q = q.where('round', '=', filter.round);
  return (await q.orderBy('id', 'desc').execute()).map(toProposal);
}

/** Item counts per proposal, for lists. */
export async function countItems(
  db: Kysely<Database>,
  proposalIds: readonly number[],
): Promise<Map<number, number>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('proposal_items')
    .select(['proposal_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('proposal_id', 'in', [...proposalIds])
    .groupBy('proposal_id')
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, Number(r.n)]));
}

export interface TransitionInput {
  readonly instansiId: number;
  readonly proposalId: number;
  readonly transition: Transition | 'create';
  readonly fromState: ProposalState | 'NONE';
  readonly toState: ProposalState;
  readonly actorUserId: number | null;
  readonly actorRole: Role | 'SYSTEM';
  readonly reason: string | null;
  readonly occurredAt: string;
}

export async function insertTransition(trx: Transaction<Database>, t: TransitionInput): Promise<void> {
  await trx
    .insertInto('proposal_transitions')
    .values({
      instansi_id: t.instansiId,
      proposal_id: t.proposalId,
      transition: t.transition,
      from_state: t.fromState,
      to_state: t.toState,
      actor_user_id: t.actorUserId,
      actor_role: t.actorRole,
      reason: t.reason,
      occurred_at: t.occurredAt,
    })
    .execute();
}

/** The whole history of a proposal, oldest first, with each actor's name (one query, joined). */
export async function listTransitions(db: Kysely<Database>, proposalId: number): Promise<TransitionRecord[]> {
  const rows = await db
    .selectFrom('proposal_transitions')
    .leftJoin('users', 'users.id', 'proposal_transitions.actor_user_id')
    .selectAll('proposal_transitions')
    .select('users.display_name as actor_name')
    .where('proposal_transitions.proposal_id', '=', proposalId)
    .orderBy('proposal_transitions.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    transition: r.transition as TransitionRecord['transition'],
    fromState: r.from_state as TransitionRecord['fromState'],
    toState: r.to_state as ProposalState,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role as TransitionRecord['actorRole'],
    actorName: r.actor_name ?? null,
    reason: r.reason,
    occurredAt: r.occurred_at,
  }));
}
