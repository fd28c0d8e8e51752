import type { Kysely } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { UnitLink } from '../../core/model/unit-roots.js';
import type { Role } from '../../core/policies/roles.js';
import type { BoardMemberRole } from '../../core/workflow/board-rules.js';
import type { BoardSession, ProposalItem } from '../../core/workflow/proposal-model.js';
import type { ProposalState } from '../../core/workflow/proposal-states.js';
import type { Database } from '../schema.js';
import { getBoardSession } from './process-board.js';
import { listItems } from './process-items.js';

/** Reads of the review board: a session's whole world, the list of sessions, the board's accounts. */

/** A session with everything the board's screens and rules read, loaded in a fixed number of queries. */
export interface BoardWorld {
  readonly session: BoardSession;
  /** The candidates of the agenda's proposals, in agenda insertion order. */
  readonly items: readonly ProposalItem[];
  readonly proposals: readonly { id: number; number: string; state: ProposalState }[];
  /** The instansi's units, for the top-level unit of each destination post. */
  readonly units: readonly UnitLink[];
}

export async function loadBoardWorld(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<BoardWorld | null> {
  const session = await getBoardSession(db, instansiId, id);
  if (!session) return null;
  const [items, proposals, units] = await Promise.all([
    listItems(db, session.proposalIds),
    session.proposalIds.length === 0
      ? []
      : db
          .selectFrom('proposals')
          .select(['id', 'number', 'state'])
          .where('instansi_id', '=', instansiId)
          .where('id', 'in', [...session.proposalIds])
          .execute(),
    db
      .selectFrom('units')
      .select(['id', 'parent_id', 'name'])
      .where('instansi_id', '=', instansiId)
      .execute(),
  ]);
  return {
    session,
    items,
    proposals: proposals.map((p) => ({ id: p.id, number: p.number, state: p.state as ProposalState })),
    units: units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name })),
  };
}

/** The sessions of an instansi, newest first, with the caller's role in each (null: not a member). */
export async function listBoardSessions(db: Kysely<Database>, instansiId: number, userId: number) {
  const [sessions, mine, agenda] = await Promise.all([
    db
      .selectFrom('board_sessions')
      .select(['id', 'number', 'held_on', 'place', 'version', 'minutes_sha256'])
      .where('instansi_id', '=', instansiId)
      .orderBy('held_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('board_members')
      .select(['session_id', 'member_role'])
      .where('instansi_id', '=', instansiId)
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('board_agenda as a')
      .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
      .select(['a.session_id', 'p.number'])
      .where('a.instansi_id', '=', instansiId)
      .orderBy('a.id')
      .execute(),
  ]);
  const role = new Map(mine.map((m) => [m.session_id, m.member_role as BoardMemberRole]));
  const numbers = new Map<number, string[]>();
  for (const a of agenda) numbers.set(a.session_id, [...(numbers.get(a.session_id) ?? []), a.number]);
  return sessions.map((s) => ({
    id: s.id,
    number: s.number,
    heldOn: s.held_on as LocalDate,
    place: s.place,
    version: s.version,
    hasMinutes: s.minutes_sha256 !== null,
    myRole: role.get(s.id) ?? null,
    proposalNumbers: numbers.get(s.id) ?? [],
  }));
}

/** A review board account as a session member: name, NIP and post from the employee it belongs to. */
export interface BoardAccount {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly nip: string | null;
  readonly positionTitle: string | null;
}

/**
 * The instansi's review board accounts (all of them, or those named), with the NIP and the current
 * post of the employee each belongs to.
 */
export async function listBoardAccounts(
  db: Kysely<Database>,
  instansiId: number,
  userIds?: readonly number[],
): Promise<BoardAccount[]> {
  let q = db
    .selectFrom('users as u')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .leftJoin('positions as p', 'p.id', 'e.current_position_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.active',
      'e.nip',
      'p.name as position_name',
    ])
    .where('u.instansi_id', '=', instansiId);
  q = userIds
    ? q.where('u.id', 'in', userIds.length > 0 ? [...userIds] : [-1])
    : q.where('u.role', '=', 'REVIEW_BOARD');
  const rows = await q.orderBy('u.display_name').orderBy('u.id').execute();
  return rows.map((r) => ({
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    active: Boolean(r.active),
    nip: r.nip ?? null,
    positionTitle: r.position_name ?? null,
  }));
}
