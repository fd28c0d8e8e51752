import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { BoardDecision, BoardMemberRole } from '../../core/workflow/board-rules.js';
import type { BoardSession } from '../../core/workflow/proposal-model.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';

export interface NewBoardSession {
  readonly instansiId: number;
  readonly number: string;
  readonly heldOn: LocalDate;
  readonly place: string;
  readonly members: readonly {
    name: string;
    /** The member's NIP as of the session (null or absent: not known). */
    nip?: string | null;
    positionTitle: string;
    role: BoardMemberRole;
    userId: number | null;
  }[];
  readonly proposalIds: readonly number[];
}

export async function insertBoardSession(trx: Transaction<Database>, s: NewBoardSession): Promise<number> {
  const { id } = await trx
    .insertInto('board_sessions')
    .values({ instansi_id: s.instansiId, number: s.number, held_on: s.heldOn, place: s.place })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.members.length > 0) {
    await trx
      .insertInto('board_members')
      .values(
        s.members.map((m) => ({
          instansi_id: s.instansiId,
          session_id: id,
          name: m.name,
          nip: m.nip ?? null,
          position_title: m.positionTitle,
          member_role: m.role,
          user_id: m.userId,
          present: false,
        })),
      )
      .execute();
  }
  if (s.proposalIds.length > 0) {
    await trx
      .insertInto('board_agenda')
      .values(s.proposalIds.map((p) => ({ instansi_id: s.instansiId, session_id: id, proposal_id: p })))
      .execute();
  }
  return id;
}

export async function getBoardSession(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<BoardSession | null> {
  const s = await db
    .selectFrom('board_sessions')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s) return null;
  const [members, agenda, decisions, conflicts] = await Promise.all([
    db.selectFrom('board_members').selectAll().where('session_id', '=', id).orderBy('id').execute(),
    db.selectFrom('board_agenda').select('proposal_id').where('session_id', '=', id).orderBy('id').execute(),
    db.selectFrom('board_decisions').selectAll().where('session_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('board_conflicts')
      .select(['member_id', 'item_id', 'has_conflict', 'statement'])
      .where('session_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    id: s.id,
    instansiId: s.instansi_id,
    number: s.number,
    heldOn: s.held_on as LocalDate,
    place: s.place,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      nip: m.nip,
      positionTitle: m.position_title,
      role: m.member_role as BoardMemberRole,
      userId: m.user_id,
      present: Boolean(m.present),
    })),
    proposalIds: agenda.map((a) => a.proposal_id),
    decisions: decisions.map((d) => ({
      itemId: d.item_id,
      decision: d.decision as BoardDecision,
      notes: d.notes,
    })),
    conflicts: conflicts.map((c) => ({
      memberId: c.member_id,
      itemId: c.item_id,
      hasConflict: Boolean(c.has_conflict),
      statement: c.statement,
    })),
    minutesSha256: s.minutes_sha256,
    version: s.version,
  };
}

/**
 * Takes the session's row lock without changing its version, so a member's declaration and the
 * chair's decision on the same session run one after the other (a decision then reads the
 * declarations as they are, and a declaration sees the decisions already taken).
 */
export async function lockBoardSession(trx: Transaction<Database>, sessionId: number): Promise<void> {
  await trx
    .updateTable('board_sessions')
    .set({ updated_at: new Date().toISOString() })
    .where('id', '=', sessionId)
    .execute();
}

export async function setAttendance(
  trx: Transaction<Database>,
  sessionId: number,
  attendance: readonly { memberId: number; present: boolean }[],
): Promise<number> {
  let n = 0;
  for (const present of [true, false]) {
    const ids = attendance.filter((a) => a.present === present).map((a) => a.memberId);
    if (ids.length === 0) continue;
    const r = await trx
      .updateTable('board_members')
      .set({ present })
      .where('session_id', '=', sessionId)
      .where('id', 'in', ids)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

/** Ids per `in (...)` list: far below both engines' parameter limits. */
const IDS_PER_STATEMENT = 1000;

async function deleteForItems(
  trx: Transaction<Database>,
  table: 'board_conflicts' | 'board_decisions',
  sessionId: number,
  memberId: number | null,
  itemIds: readonly number[],
): Promise<void> {
  for (let start = 0; start < itemIds.length; start += IDS_PER_STATEMENT) {
    let q = trx
      .deleteFrom(table)
      .where('session_id', '=', sessionId)
      .where('item_id', 'in', itemIds.slice(start, start + IDS_PER_STATEMENT));
    if (memberId !== null && table === 'board_conflicts') q = q.where('member_id', '=', memberId);
    await q.execute();
  }
}

/**
 * Records or replaces one member's declarations on many candidates at once (any number: the rows
 * are written in chunks the engine accepts).
 */
export async function replaceDeclarations(
  trx: Transaction<Database>,
  d: {
    instansiId: number;
    sessionId: number;
    memberId: number;
    rows: readonly { itemId: number; hasConflict: boolean; statement: string }[];
    at: string;
  },
): Promise<void> {
  await deleteForItems(
    trx,
    'board_conflicts',
    d.sessionId,
    d.memberId,
    d.rows.map((r) => r.itemId),
  );
  await insertRows(
    trx,
    'board_conflicts',
    ['instansi_id', 'session_id', 'member_id', 'item_id', 'has_conflict', 'statement', 'declared_at'],
    d.rows.map((r) => [d.instansiId, d.sessionId, d.memberId, r.itemId, r.hasConflict, r.statement, d.at]),
  );
}

/** Records or replaces the board's decisions on many candidates of this session at once. */
export async function replaceDecisions(
  trx: Transaction<Database>,
  d: {
    instansiId: number;
    sessionId: number;
    rows: readonly { itemId: number; decision: BoardDecision; notes: string | null }[];
    userId: number | null;
    at: string;
  },
): Promise<void> {
  await deleteForItems(
    trx,
    'board_decisions',
    d.sessionId,
    null,
    d.rows.map((r) => r.itemId),
  );
  await insertRows(
    trx,
    'board_decisions',
    ['instansi_id', 'session_id', 'item_id', 'decision', 'notes', 'decided_by_user_id', 'decided_at'],
    d.rows.map((r) => [d.instansiId, d.sessionId, r.itemId, r.decision, r.notes, d.userId, d.at]),
  );
}

/** Every decision on the items of a proposal, oldest session first (the latest counts). */
export async function decisionsForProposal(db: Kysely<Database>, proposalId: number) {
  const rows = await db
    .selectFrom('board_decisions as d')
    .innerJoin('proposal_items as i', 'i.id', 'd.item_id')
    .innerJoin('board_sessions as s', 's.id', 'd.session_id')
    .select(['d.item_id', 'd.decision', 'd.notes', 'd.session_id', 's.number as session_number'])
    .where('i.proposal_id', '=', proposalId)
    .orderBy('s.held_on')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    decision: r.decision as BoardDecision,
    notes: r.notes,
    sessionId: r.session_id,
    sessionNumber: r.session_number,
  }));
}

export async function storeMinutes(
  trx: Transaction<Database>,
  sessionId: number,
  sha256: string,
  pdfBase64: string,
): Promise<void> {
  await trx
    .updateTable('board_sessions')
    .set({ minutes_sha256: sha256, minutes_pdf: pdfBase64 })
    .where('id', '=', sessionId)
    .execute();
}

export async function getMinutesPdf(
  db: Kysely<Database>,
  instansiId: number,
  sessionId: number,
): Promise<string | null> {
  const r = await db
    .selectFrom('board_sessions')
    .select('minutes_pdf')
    .where('instansi_id', '=', instansiId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return r?.minutes_pdf ?? null;
}

/** The last board session that had the proposal on its agenda (cited in the SK), or null. */
export async function latestSessionOfProposal(
  db: Kysely<Database>,
  proposalId: number,
): Promise<{ number: string; date: LocalDate } | null> {
  const r = await db
    .selectFrom('board_agenda as a')
    .innerJoin('board_sessions as s', 's.id', 'a.session_id')
    .select(['s.number', 's.held_on'])
    .where('a.proposal_id', '=', proposalId)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
  return r ? { number: r.number, date: r.held_on as LocalDate } : null;
}

/** Whether the instansi already has a session with this number (numbers are unique per instansi). */
export async function boardSessionNumberTaken(
  db: Kysely<Database>,
  instansiId: number,
  number: string,
): Promise<boolean> {
  const r = await db
    .selectFrom('board_sessions')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('number', '=', number)
    .executeTakeFirst();
  return r !== undefined;
}
