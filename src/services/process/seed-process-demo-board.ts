import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { createBoardSession } from './create-board-session.js';
import { decideBoardCandidates } from './decide-board-candidates.js';
import { declareOwnConflicts } from './declare-board-conflicts.js';
import type { ProposalView } from './proposal-view.js';
import { recordAttendance } from './record-board-session.js';
import { renderBoardMinutes } from './render-board-minutes.js';
import { META, on, principalOf } from './seed-process-demo-context.js';

/**
 * A board session on `date` deciding every candidate of the proposal, as the three demo board
 * accounts would hold it: `tpk` (Sekretaris Daerah) chairs, `tpk2` is the secretary and takes
 * attendance, `tpk3` is a member. Each declares on their own; with more than one candidate the
 * member declares a conflict with the first (and abstains on it). The chair agrees to all in one
 * decision except the last candidate when there are more than two (not agreed, with the reason),
 * and the secretary draws up the minutes.
 */
export async function holdBoard(
  ctx: AppContext,
  people: Record<string, Principal>,
  proposal: ProposalView,
  date: string,
  number: string,
) {
  const c = on(ctx, date);
  const chair = people.tpk!;
  const secretary = await principalOf(ctx, 'tpk2');
  const member = await principalOf(ctx, 'tpk3');
  let s = await createBoardSession(
    c,
    chair,
    {
      number,
      heldOn: date as LocalDate,
      place: 'Ruang Rapat Sekretariat Daerah Kota Sibolga',
      // The offices are used only when an account has no post on record (a vacant demo post).
      members: [
        { userId: chair.userId, role: 'KETUA', positionTitle: 'Sekretaris Daerah' },
        {
          userId: secretary.userId,
          role: 'SEKRETARIS',
          positionTitle: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
        },
        { userId: member.userId, role: 'ANGGOTA', positionTitle: 'Inspektur' },
      ],
      proposalIds: [proposal.proposal.id],
    },
    META,
  );
  const id = s.session.id;
  s = await recordAttendance(
    c,
    secretary,
    {
      sessionId: id,
      version: s.session.version,
      attendance: s.session.members.map((m) => ({ memberId: m.id, present: true })),
    },
    META,
  );
  const items = proposal.items;
  for (const who of [chair, secretary]) {
    await declareOwnConflicts(
      c,
      who,
      { sessionId: id, declaration: { mode: 'AGENDA', conflicts: [] } },
      META,
    );
  }
  s = await declareOwnConflicts(
    c,
    member,
    {
      sessionId: id,
      declaration: {
        mode: 'AGENDA',
        conflicts:
          items.length > 1
            ? [{ itemId: items[0]!.id, statement: 'Memiliki hubungan keluarga semenda dengan kandidat' }]
            : [],
      },
    },
    META,
  );
  const last = items.at(-1)!;
  s = await decideBoardCandidates(
    c,
    chair,
    {
      sessionId: id,
      version: s.session.version,
      select: {},
      notes: 'Memenuhi persyaratan jabatan dan kebutuhan organisasi',
      exceptions:
        items.length > 2
          ? [
              {
                itemId: last.id,
                decision: 'DISAGREE',
                reason: 'Kompetensi teknis belum sesuai standar jabatan tujuan',
              },
            ]
          : [],
    },
    META,
  );
  await renderBoardMinutes(c, secretary, id, META);
}
