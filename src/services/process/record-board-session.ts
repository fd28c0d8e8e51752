import type { Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type BoardDecision, undeclaredMembers } from '../../core/workflow/board-rules.js';
import type { BoardSession } from '../../core/workflow/proposal-model.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { setAttendance, upsertConflict, upsertDecision } from '../../store/repositories/process-board.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listProposals } from '../../store/repositories/process-proposals.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, buildSessionView, loadSessionFor } from './board-view.js';

type Meta = { ip: string | null };

/**
 * Loads the session for a change by the board: the caller manages board sessions, and every
 * proposal whose candidate is touched is still VERIFIED (after review the session's record is closed).
 */
async function forChange(ctx: AppContext, principal: Principal, sessionId: number): Promise<BoardSession> {
  const session = await loadSessionFor(ctx, principal, sessionId);
  authorize(principal, 'board.manage', { type: 'instansi', instansiId: session.instansiId });
  return session;
}

/** Writes one change with the session's optimistic lock and its audit entry. */
async function write(
  ctx: AppContext,
  principal: Principal,
  session: BoardSession,
  version: number,
  meta: Meta,
  action: string,
  after: Record<string, unknown>,
  work: (trx: Transaction<Database>) => Promise<void>,
): Promise<BoardSessionView> {
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'board_sessions', session.id, version, {});
    await work(trx);
    await appendAudit(trx, {
      instansiId: session.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action,
      entityType: 'board_session',
      entityId: session.number,
      before: { version: session.version },
      after: { version: session.version + 1, ...after },
      occurredAt: ctx.now(),
    });
  });
  return buildSessionView(ctx, principal, await loadSessionFor(ctx, principal, session.id));
}

async function agendaItem(ctx: AppContext, session: BoardSession, itemId: number, field: string) {
  const items = await listItems(ctx.db, session.proposalIds);
  const item = items.find((i) => i.id === itemId);
  if (!item) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Kandidat #${itemId} tidak ada dalam agenda sidang`,
        en: `Candidate #${itemId} is not on the session's agenda`,
      },
      { field, value: itemId, rule: 'ITEM_ON_AGENDA' },
    );
  }
  const proposal = (await listProposals(ctx.db, session.instansiId)).find((p) => p.id === item.proposalId)!;
  if (proposal.state !== 'VERIFIED') {
    throw new DomainError(
      'WORKFLOW_WRONG_STATE',
      {
        id: `Usulan ${proposal.number} berstatus ${proposal.state}; keputusan TPK sudah ditutup`,
        en: `Proposal ${proposal.number} is ${proposal.state}; the board's record is closed`,
      },
      { field: 'state', value: proposal.state, rule: 'DECIDE_WHILE_VERIFIED' },
    );
  }
  return item;
}

/** Takes attendance: who of the members is present. */
export async function recordAttendance(
  ctx: AppContext,
  principal: Principal,
  input: {
    sessionId: number;
    version: number;
    attendance: readonly { memberId: number; present: boolean }[];
  },
  meta: Meta,
): Promise<BoardSessionView> {
  const session = await forChange(ctx, principal, input.sessionId);
  const known = new Set(session.members.map((m) => m.id));
  const unknown = input.attendance.findIndex((a) => !known.has(a.memberId));
  if (unknown >= 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Anggota tidak terdaftar dalam sidang ini', en: 'Not a member of this session' },
      {
        field: `attendance.${unknown}.memberId`,
        value: input.attendance[unknown]!.memberId,
        rule: 'SESSION_MEMBER',
      },
    );
  }
  return write(
    ctx,
    principal,
    session,
    input.version,
    meta,
    'board.attendance',
    { attendance: input.attendance },
    async (trx) => {
      await setAttendance(trx, session.id, input.attendance);
    },
  );
}

export interface ConflictDeclarationInput {
  readonly memberId: number;
  readonly itemId: number;
  readonly hasConflict: boolean;
  readonly statement: string;
}

/**
 * Members' conflict-of-interest declarations about candidates (PP 11/2017 Pasal 190(5)), one or
 * many at once (a member usually declares on every candidate of the agenda). Only members present.
 */
export async function declareConflicts(
  ctx: AppContext,
  principal: Principal,
  input: { sessionId: number; version: number; declarations: readonly ConflictDeclarationInput[] },
  meta: Meta,
): Promise<BoardSessionView> {
  const session = await forChange(ctx, principal, input.sessionId);
  for (const [index, d] of input.declarations.entries()) {
    const member = session.members.find((m) => m.id === d.memberId);
    if (!member?.present) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          id: 'Hanya anggota yang hadir yang menyatakan konflik kepentingan',
          en: 'Only a member present declares a conflict of interest',
        },
        { field: `declarations.${index}.memberId`, value: d.memberId, rule: 'DECLARANT_PRESENT' },
      );
    }
    await agendaItem(ctx, session, d.itemId, `declarations.${index}.itemId`);
  }
  return write(
    ctx,
    principal,
    session,
    input.version,
    meta,
    'board.conflict',
    {
      declarations: input.declarations.map(({ memberId, itemId, hasConflict }) => ({
        memberId,
        itemId,
        hasConflict,
      })),
    },
    async (trx) => {
      for (const d of input.declarations)
        await upsertConflict(trx, {
          ...d,
          instansiId: session.instansiId,
          sessionId: session.id,
          at: ctx.now().toISOString(),
        });
    },
  );
}

/**
 * The board's decision on one candidate. Refused with BOARD_DECLARATION_MISSING until every member
 * present has declared on that candidate, and without a quorum of members free of conflict.
 */
export async function recordBoardDecision(
  ctx: AppContext,
  principal: Principal,
  input: {
    sessionId: number;
    version: number;
    itemId: number;
    decision: BoardDecision;
    notes?: string | null | undefined;
  },
  meta: Meta,
): Promise<BoardSessionView> {
  const session = await forChange(ctx, principal, input.sessionId);
  const item = await agendaItem(ctx, session, input.itemId, 'itemId');
  const ready = undeclaredMembers(item.id, session.members, session.conflicts);
  if (!ready.ok) {
    const names = session.members.filter((m) => ready.missing.includes(m.id)).map((m) => m.name);
    throw new DomainError(
      'BOARD_DECLARATION_MISSING',
      ready.reason === 'NO_QUORUM'
        ? {
            id: 'Tidak ada anggota hadir yang bebas konflik kepentingan',
            en: 'No member present is free of a conflict of interest',
          }
        : {
            id: `Pernyataan konflik kepentingan belum dibuat oleh: ${names.join(', ')}`,
            en: `Conflict-of-interest declarations missing from: ${names.join(', ')}`,
          },
      { field: 'itemId', value: item.id, rule: ready.reason === 'NO_QUORUM' ? 'BOARD_QUORUM' : 'R-KONFLIK' },
    );
  }
  const notes = input.notes?.trim() || null;
  return write(
    ctx,
    principal,
    session,
    input.version,
    meta,
    'board.decision',
    { itemId: item.id, nip: item.nip, decision: input.decision, notes },
    async (trx) => {
      await upsertDecision(trx, {
        instansiId: session.instansiId,
        sessionId: session.id,
        itemId: item.id,
        decision: input.decision,
        notes,
        userId: actorId(principal),
        at: ctx.now().toISOString(),
      });
    },
  );
}
