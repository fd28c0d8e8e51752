import { createHash } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { Principal } from '../../core/policies/roles.js';
import type { BoardMemberRole } from '../../core/workflow/board-rules.js';
import type { MoveType } from '../../core/workflow/move-types.js';
import { SIBOLGA_LETTERHEAD } from '../../documents/decree/build-decree-text.js';
import type { BoardMinutesDocument, BoardRole } from '../../documents/decree/decree-document.js';
import { renderBoardMinutesPdf } from '../../documents/decree/render-board-minutes-pdf.js';
import { getMinutesPdf, storeMinutes } from '../../store/repositories/process-board.js';
import type { AppContext } from '../app-context.js';
import { type BoardSessionView, loadBoardWorldFor } from './board-view.js';
import { changeSession, type Meta } from './record-board-session.js';

const ROLE: Readonly<Record<BoardMemberRole, BoardRole>> = {
  KETUA: 'CHAIR',
  SEKRETARIS: 'SECRETARY',
  ANGGOTA: 'MEMBER',
};

/** The kinds of move as the minutes print them (the web has the same words in its dictionary). */
const MOVE_KIND: Readonly<Record<MoveType, string>> = {
  ROTASI_INTERNAL_OPD: 'Rotasi dalam OPD',
  ANTAR_OPD: 'Antar-OPD',
  ANTAR_KAB_KOTA_SATU_PROVINSI: 'Antar-kabupaten/kota dalam satu provinsi',
  ANTAR_PROVINSI: 'Antar-provinsi',
  DAERAH_KE_PUSAT: 'Dari daerah ke pusat',
  PUSAT_KE_DAERAH: 'Dari pusat ke daerah',
  ATAS_PERMINTAAN_SENDIRI: 'Atas permintaan sendiri',
};

/**
 * The berita acara of a session: members and attendance, the agenda, every candidate decided in this
 * session and every declaration (the renderer summarises them).
 */
export function minutesDocument(view: BoardSessionView): BoardMinutesDocument {
  const s = view.session;
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
      ...(m.nip ? { nip: m.nip } : {}),
      position: m.positionTitle,
      role: ROLE[m.role],
      present: m.present,
    })),
    agenda: [
      ...numbers.map((n) => `Pembahasan usulan mutasi ${n}`),
      'Pernyataan konflik kepentingan anggota tim',
    ],
    candidates: view.candidates
      .filter((c) => c.decision !== null)
      .map((c) => ({
        nip: c.nip,
        name: c.employeeName,
        golongan: c.golongan as GolonganCode,
        currentPosition: c.fromPositionName ?? '-',
        currentUnit: c.fromUnitName ?? '-',
        proposedPosition: c.toPositionName,
        proposedUnit: c.toUnitName,
        proposalRef: c.proposalNumber,
        moveKind: MOVE_KIND[c.moveType],
        decision: c.decision!,
        ...(c.notes ? { notes: c.notes } : {}),
      })),
    conflictDeclarations: s.conflicts
      .filter((c) => memberName.has(c.memberId) && nipOf.has(c.itemId))
      .map((c) => ({
        memberName: memberName.get(c.memberId)!,
        hasConflict: c.hasConflict,
        candidateNip: nipOf.get(c.itemId)!,
        statement: c.statement,
        recused: c.hasConflict,
      })),
  };
}

/**
 * Renders the session's berita acara and stores it with its SHA-256 (carried by the audit entry).
 * Only the chair or the secretary, once every open candidate is decided (agreed, not agreed or
 * deferred); rendering again after a change replaces it.
 */
export async function renderBoardMinutes(
  ctx: AppContext,
  principal: Principal,
  sessionId: number,
  meta: Meta,
): Promise<BoardSessionView> {
  return changeSession(ctx, principal, sessionId, 'minutes', null, meta, async (trx, view) => {
    const pdf = await renderBoardMinutesPdf(minutesDocument(view));
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await storeMinutes(trx, view.session.id, sha256, pdf.toString('base64'));
    return {
      action: 'board.minutes',
      after: { minutesSha256: sha256, previousSha256: view.session.minutesSha256 },
    };
  });
}

/** The stored minutes PDF; 404 until rendered. */
export async function getBoardMinutesPdf(
  ctx: AppContext,
  principal: Principal,
  sessionId: number,
): Promise<Buffer> {
  const world = await loadBoardWorldFor(ctx, principal, sessionId);
  const pdf = await getMinutesPdf(ctx.db, world.session.instansiId, world.session.id);
  if (!pdf) {
    throw new DomainError(
      'NOT_FOUND',
      { id: 'Berita acara belum dibuat', en: 'The minutes have not been rendered yet' },
      { field: 'id', value: sessionId, rule: 'MINUTES_RENDERED' },
    );
  }
  return Buffer.from(pdf, 'base64');
}
