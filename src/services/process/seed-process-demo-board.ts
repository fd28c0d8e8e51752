import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { findUserByUsername } from '../../store/repositories/users.js';
import type { AppContext } from '../app-context.js';
import { createBoardSession } from './create-board-session.js';
import type { ProposalView } from './proposal-view.js';
import { declareConflicts, recordAttendance, recordBoardDecision } from './record-board-session.js';
import { renderBoardMinutes } from './render-board-minutes.js';
import { META, on } from './seed-process-demo-context.js';

/** A board session on `date` deciding every candidate of the proposal (the last one DISAGREE when several). */
export async function holdBoard(
  ctx: AppContext,
  people: Record<string, Principal>,
  proposal: ProposalView,
  date: string,
  number: string,
) {
  const c = on(ctx, date);
  const board = people.tpk!;
  const names = await Promise.all(['tpk', 'tpk2', 'tpk3'].map((u) => findUserByUsername(ctx.db, u)));
  let s = await createBoardSession(
    c,
    board,
    {
      number,
      heldOn: date as LocalDate,
      place: 'Ruang Rapat Sekretariat Daerah Kota Sibolga',
      members: [
        {
          name: names[0]!.displayName,
          positionTitle: 'Sekretaris Daerah',
          role: 'KETUA',
          userId: names[0]!.id,
        },
        {
          name: names[1]!.displayName,
          positionTitle: 'Asisten Pemerintahan dan Kesra',
          role: 'ANGGOTA',
          userId: names[1]!.id,
        },
        { name: names[2]!.displayName, positionTitle: 'Inspektur', role: 'ANGGOTA', userId: names[2]!.id },
      ],
      proposalIds: [proposal.proposal.id],
    },
    META,
  );
  const id = s.session.id;
  s = await recordAttendance(
    c,
    board,
    {
      sessionId: id,
      version: s.session.version,
      attendance: s.session.members.map((m) => ({ memberId: m.id, present: true })),
    },
    META,
  );
  s = await declareConflicts(
    c,
    board,
    {
      sessionId: id,
      version: s.session.version,
      declarations: proposal.items.flatMap((item) =>
        s.session.members.map((m) => ({
          memberId: m.id,
          itemId: item.id,
          hasConflict: false,
          statement: 'Tidak memiliki hubungan keluarga atau kepentingan langsung dengan kandidat',
        })),
      ),
    },
    META,
  );
  for (const [i, item] of proposal.items.entries()) {
    const disagree = proposal.items.length > 2 && i === proposal.items.length - 1;
    s = await recordBoardDecision(
      c,
      board,
      {
        sessionId: id,
        version: s.session.version,
        itemId: item.id,
        decision: disagree ? 'DISAGREE' : 'AGREE',
        notes: disagree
          ? 'Kompetensi teknis belum sesuai standar jabatan tujuan'
          : 'Memenuhi persyaratan dan kebutuhan organisasi',
      },
      META,
    );
  }
  await renderBoardMinutes(c, board, id, META);
}
