import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  decisionsForProposal,
  getBoardSession,
  insertBoardSession,
  setAttendance,
  upsertConflict,
  upsertDecision,
} from './process-board.js';
import { listItems } from './process-items.js';
import { d, seedProposalFixture } from './process-store.fixtures.js';

describeEachDialect('process store: board sessions', (database) => {
  it('keeps a board session: members, attendance, declarations and decisions (replaced, not doubled)', async () => {
    const { db, seeded, proposal } = await seedProposalFixture(database().db);
    const [item] = await listItems(db, [proposal.id]);
    const id = await db.transaction().execute((trx) =>
      insertBoardSession(trx, {
        instansiId: seeded.instansiId,
        number: `TPK-${proposal.id}`,
        heldOn: d('2026-11-20'),
        place: 'Ruang Rapat',
        members: [
          { name: 'Ketua', positionTitle: 'Sekretaris Daerah', role: 'KETUA', userId: null },
          { name: 'Anggota', positionTitle: 'Inspektur', role: 'ANGGOTA', userId: null },
        ],
        proposalIds: [proposal.id],
      }),
    );
    const s0 = (await getBoardSession(db, seeded.instansiId, id))!;
    expect(s0.members.map((m) => m.present)).toEqual([false, false]);
    await db.transaction().execute(async (trx) => {
      await setAttendance(trx, id, [{ memberId: s0.members[0]!.id, present: true }]);
      for (const hasConflict of [true, false])
        await upsertConflict(trx, {
          instansiId: seeded.instansiId,
          sessionId: id,
          memberId: s0.members[0]!.id,
          itemId: item!.id,
          hasConflict,
          statement: 'Tidak ada',
          at: '2026-11-20T02:00:00.000Z',
        });
      for (const decision of ['DEFER', 'AGREE'] as const)
        await upsertDecision(trx, {
          instansiId: seeded.instansiId,
          sessionId: id,
          itemId: item!.id,
          decision,
          notes: null,
          userId: null,
          at: '2026-11-20T02:00:00.000Z',
        });
    });
    const s = (await getBoardSession(db, seeded.instansiId, id))!;
    expect(s.members.map((m) => m.present)).toEqual([true, false]);
    expect(s.conflicts).toEqual([
      { memberId: s0.members[0]!.id, itemId: item!.id, hasConflict: false, statement: 'Tidak ada' },
    ]);
    expect(s.proposalIds).toEqual([proposal.id]);
    expect(await decisionsForProposal(db, proposal.id)).toMatchObject([
      { itemId: item!.id, decision: 'AGREE', sessionNumber: `TPK-${proposal.id}` },
    ]);
    expect(await getBoardSession(db, seeded.instansiId + 999, id)).toBeNull();
  });
});
