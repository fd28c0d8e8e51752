import { createHash } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { BoardMemberRole } from '../../core/workflow/board-rules.js';
import type { BoardSession } from '../../core/workflow/proposal-model.js';
import { SIBOLGA_LETTERHEAD } from '../../documents/decree/build-decree-text.js';
import type { BoardMinutesDocument, BoardRole } from '../../documents/decree/decree-document.js';
import { renderBoardMinutesPdf } from '../../documents/decree/render-board-minutes-pdf.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { getMinutesPdf, storeMinutes } from '../../store/repositories/process-board.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, buildSessionView, loadSessionFor } from './board-view.js';

const ROLE: Readonly<Record<BoardMemberRole, BoardRole>> = {
  KETUA: 'CHAIR',
  SEKRETARIS: 'SECRETARY',
  ANGGOTA: 'MEMBER',
};

/** The berita acara of a session: members and attendance, agenda, decisions, declarations. */
export function minutesDocument(view: BoardSessionView): BoardMinutesDocument {
  const s: BoardSession = view.session;
  const decided = new Map(s.decisions.map((d) => [d.itemId, d]));
  const numbers = [...new Set(view.candidates.map((c) => c.proposalNumber))];
  const memberName = new Map(s.members.map((m) => [m.id, m.name]));
  const nipOf = new Map(view.candidates.map((c) => [c.id, c.nip]));
  return {
    letterhead: SIBOLGA_LETTERHEAD,
    boardName: 'Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga',
    sessionNumber: s.number,
    date: s.heldOn,
    place: s.place,
    members: s.members.map((m) => ({
      name: m.name,
      position: m.positionTitle,
      role: ROLE[m.role],
      present: m.present,
    })),
    agenda: [
      ...numbers.map((n) => `Pembahasan usulan mutasi ${n}`),
      'Pernyataan konflik kepentingan anggota tim',
    ],
    candidates: view.candidates
      .filter((c) => decided.has(c.id))
      .map((c) => ({
        nip: c.nip,
        name: c.employeeName,
        golongan: c.golongan as GolonganCode,
        currentPosition: c.fromPositionName ?? '-',
        currentUnit: c.fromUnitName ?? '-',
        proposedPosition: c.toPositionName,
        proposedUnit: c.toUnitName,
        proposalRef: c.proposalNumber,
        decision: decided.get(c.id)!.decision,
        ...(decided.get(c.id)!.notes ? { notes: decided.get(c.id)!.notes! } : {}),
      })),
    conflictDeclarations: s.conflicts.map((c) => ({
      memberName: memberName.get(c.memberId) ?? '',
      hasConflict: c.hasConflict,
      ...(c.hasConflict ? { candidateNip: nipOf.get(c.itemId) ?? '' } : {}),
      statement: c.statement,
      recused: c.hasConflict,
    })),
  };
}

/**
 * Renders the session's berita acara and stores it with its SHA-256 (carried by the audit entry).
 * Refused while no candidate has a decision: minutes record decisions.
 */
export async function renderBoardMinutes(
  ctx: AppContext,
  principal: Principal,
  sessionId: number,
  meta: { ip: string | null },
): Promise<BoardSessionView> {
  const session = await loadSessionFor(ctx, principal, sessionId);
  authorize(principal, 'board.manage', { type: 'instansi', instansiId: session.instansiId });
  if (session.decisions.length === 0) {
    throw new DomainError(
      'CONFLICT',
      {
        id: 'Belum ada keputusan TPK untuk dituangkan dalam berita acara',
        en: 'No decision recorded yet for the minutes',
      },
      { field: 'decisions', value: 0, rule: 'MINUTES_NEED_DECISIONS' },
    );
  }
  const view = await buildSessionView(ctx, principal, session);
  const pdf = await renderBoardMinutesPdf(minutesDocument(view));
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await ctx.db.transaction().execute(async (trx) => {
    await storeMinutes(trx, session.id, sha256, pdf.toString('base64'));
    await appendAudit(trx, {
      instansiId: session.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'board.minutes',
      entityType: 'board_session',
      entityId: session.number,
      before: { minutesSha256: session.minutesSha256 },
      after: { minutesSha256: sha256 },
      occurredAt: ctx.now(),
    });
  });
  return buildSessionView(ctx, principal, await loadSessionFor(ctx, principal, session.id));
}

/** The stored minutes PDF; 404 until rendered. */
export async function getBoardMinutesPdf(
  ctx: AppContext,
  principal: Principal,
  sessionId: number,
): Promise<Buffer> {
  const session = await loadSessionFor(ctx, principal, sessionId);
  const pdf = await getMinutesPdf(ctx.db, session.instansiId, session.id);
  if (!pdf) {
    throw new DomainError(
      'NOT_FOUND',
      { id: 'Berita acara belum dibuat', en: 'The minutes have not been rendered yet' },
      { field: 'id', value: sessionId, rule: 'MINUTES_RENDERED' },
    );
  }
  return Buffer.from(pdf, 'base64');
}
