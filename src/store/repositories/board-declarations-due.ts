import type { Kysely } from 'kysely';
import type { ConflictDeclarationFacts } from '../../core/workflow/board-rules.js';
import type { ProposalState } from '../../core/workflow/proposal-states.js';
import type { Database } from '../schema.js';

/** A board session the user sits on, with the candidates on its agenda and the user's declarations. */
export interface MemberSessionFacts {
  readonly sessionId: number;
  readonly number: string;
  readonly memberId: number;
  /** Moves of the agenda's proposals that are still in one of the given states. */
  readonly itemIds: readonly number[];
  /** Candidates (moves) on which this member has declared, with or without an interest. */
  readonly declared: readonly ConflictDeclarationFacts[];
}

/**
 * The sessions on which the user sits as a member (board members linked to a user account), each
 * with the moves of its agenda proposals in `states` (those before the board) and what the member
 * declared on them. Three queries, whatever the number of sessions and candidates.
 */
export async function memberSessionFacts(
  db: Kysely<Database>,
  instansiId: number,
  userId: number,
  states: readonly ProposalState[],
): Promise<MemberSessionFacts[]> {
  const members = await db
    .selectFrom('board_members as m')
    .innerJoin('board_sessions as s', 's.id', 'm.session_id')
    .select(['m.id as memberId', 'm.session_id as sessionId', 's.number as number'])
    .where('m.instansi_id', '=', instansiId)
    .where('m.user_id', '=', userId)
    .orderBy('s.held_on')
    .orderBy('s.id')
    .execute();
  if (members.length === 0 || states.length === 0) return [];
  const [items, declarations] = await Promise.all([
    db
      .selectFrom('board_agenda as a')
      .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
      .innerJoin('proposal_items as i', 'i.proposal_id', 'p.id')
      .select(['a.session_id as sessionId', 'i.id as itemId'])
      .where('a.instansi_id', '=', instansiId)
      .where(
        'a.session_id',
        'in',
        members.map((m) => m.sessionId),
      )
      .where('p.state', 'in', [...states])
      .execute(),
    db
      .selectFrom('board_conflicts')
      .select(['member_id', 'item_id', 'has_conflict'])
      .where('instansi_id', '=', instansiId)
      .where(
        'member_id',
        'in',
        members.map((m) => m.memberId),
      )
      .execute(),
  ]);
  return members.map((m) => ({
    sessionId: m.sessionId,
    number: m.number,
    memberId: m.memberId,
    itemIds: items.filter((i) => i.sessionId === m.sessionId).map((i) => i.itemId),
    declared: declarations
      .filter((d) => d.member_id === m.memberId)
      .map((d) => ({ memberId: d.member_id, itemId: d.item_id, hasConflict: Boolean(d.has_conflict) })),
  }));
}
