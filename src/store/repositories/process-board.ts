import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { BoardDecision, BoardMemberRole } from '../../core/workflow/board-rules.js';
import type { BoardSession } from '../../core/workflow/proposal-model.js';
import type { Database } from '../schema.js';

export interface NewBoardSession {
  readonly instansiId: number;
  readonly number: string;
  readonly heldOn: LocalDate;
  readonly place: string;
  readonly members: readonly {
    name: string;
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
    db.selectFrom('board_conflicts').selectAll().where('session_id', '=', id).orderBy('id').execute(),
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

export async function listBoardSessions(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('board_sessions')
    .select(['id', 'number', 'held_on', 'place', 'version'])
    .where('instansi_id', '=', instansiId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function setAttendance(
  trx: Transaction<Database>,
  sessionId: number,
  attendance: readonly { memberId: number; present: boolean }[],
): Promise<number> {
  let n = 0;
  for (const a of attendance) {
    const r = await trx
      .updateTable('board_members')
      .set({ present: a.present })
      .where('session_id', '=', sessionId)
      .where('id', '=', a.memberId)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

/** Records or replaces a member's declaration on a candidate. */
export async function upsertConflict(
  trx: Transaction<Database>,
  c: {
    instansiId: number;
    sessionId: number;
    memberId: number;
    itemId: number;
    hasConflict: boolean;
    statement: string;
    at: string;
  },
): Promise<void> {
  await trx
    .deleteFrom('board_conflicts')
    .where('session_id', '=', c.sessionId)
    .where('member_id', '=', c.memberId)
    .where('item_id', '=', c.itemId)
    .execute();
  await trx
    .insertInto('board_conflicts')
    .values({
      instansi_id: c.instansiId,
      session_id: c.sessionId,
      member_id: c.memberId,
      item_id: c.itemId,
      has_conflict: c.hasConflict,
      statement: c.statement,
      declared_at: c.at,
    })
    .execute();
}

/** Records or replaces the board's decision on a candidate in this session. */
export async function upsertDecision(
  trx: Transaction<Database>,
  d: {
    instansiId: number;
    sessionId: number;
    itemId: number;
    decision: BoardDecision;
    notes: string | null;
    userId: number | null;
    at: string;
  },
): Promise<void> {
  await trx
    .deleteFrom('board_decisions')
    .where('session_id', '=', d.sessionId)
    .where('item_id', '=', d.itemId)
    .execute();
  await trx
    .insertInto('board_decisions')
    .values({
      instansi_id: d.instansiId,
      session_id: d.sessionId,
      item_id: d.itemId,
      decision: d.decision,
      notes: d.notes,
      decided_by_user_id: d.userId,
      decided_at: d.at,
    })
    .execute();
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
