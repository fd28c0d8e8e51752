import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { memberSessionFacts } from './board-declarations-due.js';
import { insertBoardSession, replaceDeclarations } from './process-board.js';
import { listItems } from './process-items.js';
import { pendingObjectionCounts } from './process-objection-counts.js';
import { insertObjection } from './process-objections.js';
import { d, seedProposalFixture } from './process-store.fixtures.js';

const MEMBER_USER = 41;
const OTHER_USER = 42;

describeEachDialect('what waits on a board member, and open objections', (database) => {
  it('gives each session the user sits on, its candidates still before the board and their declarations', async () => {
    const { db, seeded, proposal } = await seedProposalFixture(database().db);
    const [item] = await listItems(db, [proposal.id]);
    const session = async (number: string, userIds: number[]) =>
      db.transaction().execute((trx) =>
        insertBoardSession(trx, {
          instansiId: seeded.instansiId,
          number,
          heldOn: d('2026-11-20'),
          place: 'Ruang Rapat',
          members: userIds.map((userId, i) => ({
            name: `Anggota ${i}`,
            positionTitle: 'Inspektur',
            role: i === 0 ? 'KETUA' : 'ANGGOTA',
            userId,
          })),
          proposalIds: [proposal.id],
        }),
      );
    const mine = await session('TPK-1', [MEMBER_USER, OTHER_USER]);
    await session('TPK-2', [OTHER_USER]);

    // A draft is not before the board: no candidates to declare on yet.
    const facts = () => memberSessionFacts(db, seeded.instansiId, MEMBER_USER, ['VERIFIED']);
    expect(await facts()).toMatchObject([{ sessionId: mine, number: 'TPK-1', itemIds: [], declared: [] }]);

    await db.updateTable('proposals').set({ state: 'VERIFIED' }).where('id', '=', proposal.id).execute();
    const [before] = await facts();
    expect(before).toMatchObject({ sessionId: mine, itemIds: [item!.id], declared: [] });

    await db.transaction().execute((trx) =>
      replaceDeclarations(trx, {
        instansiId: seeded.instansiId,
        sessionId: mine,
        memberId: before!.memberId,
        rows: [{ itemId: item!.id, hasConflict: true, statement: 'Saudara kandung' }],
        at: '2026-11-20T02:00:00.000Z',
      }),
    );
    expect((await facts())[0]!.declared).toEqual([
      { memberId: before!.memberId, itemId: item!.id, hasConflict: true },
    ]);
    // Nobody else's seat, and no session of another user, leaks in.
    expect(await memberSessionFacts(db, seeded.instansiId, 999, ['VERIFIED'])).toEqual([]);
    expect(await memberSessionFacts(db, seeded.instansiId + 1000, MEMBER_USER, ['VERIFIED'])).toEqual([]);
  });

  it('counts the objections not yet decided, per proposal', async () => {
    const { db, seeded, proposal, nurse } = await seedProposalFixture(database().db);
    expect(await pendingObjectionCounts(db, seeded.instansiId, [proposal.id])).toEqual(new Map());
    const ids = await db.transaction().execute(async (trx) => {
      const objection = (text: string) =>
        insertObjection(trx, {
          instansiId: seeded.instansiId,
          proposalId: proposal.id,
          employeeId: nurse,
          text,
          receivedOn: d('2026-11-25'),
        });
      return [await objection('Keberatan pertama'), await objection('Keberatan kedua')];
    });
    await db
      .updateTable('objections')
      .set({ decision: 'DISMISSED', decision_reason: 'Tidak beralasan', decided_on: '2026-11-26' })
      .where('id', '=', ids[0]!)
      .execute();
    expect(await pendingObjectionCounts(db, seeded.instansiId, [proposal.id])).toEqual(
      new Map([[proposal.id, 1]]),
    );
    expect(await pendingObjectionCounts(db, seeded.instansiId, [])).toEqual(new Map());
  });
});
