import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildUserDraft } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import {
  decisionsForProposal,
  getBoardSession,
  insertBoardSession,
  replaceDecisions,
  replaceDeclarations,
  setAttendance,
} from './process-board.js';
import { listBoardAccounts, listBoardSessions, loadBoardWorld } from './process-board-reads.js';
import { listItems } from './process-items.js';
import { d, seedProposalFixture } from './process-store.fixtures.js';

/** The sample instansi plus two review board accounts, the first one the account of employee 0. */
function datasetWithBoard() {
  const base = buildDataset();
  return {
    ...base,
    users: [
      ...base.users,
      buildUserDraft({
        username: `${base.instansi.code}.tpk`,
        role: 'REVIEW_BOARD',
        employeeNip: base.employees[0]!.nip,
      }),
      buildUserDraft({
        username: `${base.instansi.code}.tpk2`,
        role: 'REVIEW_BOARD',
        displayName: 'Anggota Tanpa NIP',
      }),
    ],
  };
}

describeEachDialect('process store: board sessions', (database) => {
  it('lists the review board accounts with the NIP and post of the employee each belongs to', async () => {
    const dataset = datasetWithBoard();
    const { db, seeded } = await seedProposalFixture(database().db, dataset);
    const accounts = await listBoardAccounts(db, seeded.instansiId);
    // By display name: "Anggota Tanpa NIP" before the factory's "Pengguna N".
    expect(accounts.map((a) => [a.username, a.role, a.nip, a.positionTitle !== null])).toEqual([
      [`${dataset.instansi.code}.tpk2`, 'REVIEW_BOARD', null, false],
      [`${dataset.instansi.code}.tpk`, 'REVIEW_BOARD', dataset.employees[0]!.nip, true],
    ]);
    // Named accounts of any role (the service checks the role), and none for an empty list.
    const operator = (
      await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', `${dataset.instansi.code}.operator`)
        .executeTakeFirstOrThrow()
    ).id;
    expect((await listBoardAccounts(db, seeded.instansiId, [operator])).map((a) => a.role)).toEqual([
      'BKPSDM_OPERATOR',
    ]);
    expect(await listBoardAccounts(db, seeded.instansiId, [])).toEqual([]);
    expect(await listBoardAccounts(db, seeded.instansiId + 999)).toEqual([]);
  });

  it('keeps a session: members, attendance, declarations and decisions in bulk (replaced, not doubled)', async () => {
    const dataset = datasetWithBoard();
    const { db, seeded, proposal } = await seedProposalFixture(database().db, dataset);
    const [item] = await listItems(db, [proposal.id]);
    const [tpk2, tpk] = await listBoardAccounts(db, seeded.instansiId);
    const id = await db.transaction().execute((trx) =>
      insertBoardSession(trx, {
        instansiId: seeded.instansiId,
        number: `TPK-${proposal.id}`,
        heldOn: d('2026-11-20'),
        place: 'Ruang Rapat',
        members: [
          {
            name: 'Ketua',
            nip: tpk!.nip,
            positionTitle: 'Sekretaris Daerah',
            role: 'KETUA',
            userId: tpk!.userId,
          },
          {
            name: 'Sekretaris',
            nip: null,
            positionTitle: 'Inspektur',
            role: 'SEKRETARIS',
            userId: tpk2!.userId,
          },
        ],
        proposalIds: [proposal.id],
      }),
    );
    // An account sits on a session once.
    await expect(
      db.transaction().execute((trx) =>
        trx
          .insertInto('board_members')
          .values({
            instansi_id: seeded.instansiId,
            session_id: id,
            name: 'Lagi',
            nip: null,
            position_title: 'Inspektur',
            member_role: 'ANGGOTA',
            user_id: tpk2!.userId,
            present: false,
          })
          .execute(),
      ),
    ).rejects.toThrow();
    const s0 = (await getBoardSession(db, seeded.instansiId, id))!;
    expect(s0.members.map((m) => [m.present, m.nip, m.userId])).toEqual([
      [false, tpk!.nip, tpk!.userId],
      [false, null, tpk2!.userId],
    ]);
    const [chair, secretary] = s0.members;
    await db.transaction().execute(async (trx) => {
      await setAttendance(trx, id, [
        { memberId: chair!.id, present: true },
        { memberId: secretary!.id, present: false },
      ]);
      for (const hasConflict of [true, false])
        await replaceDeclarations(trx, {
          instansiId: seeded.instansiId,
          sessionId: id,
          memberId: chair!.id,
          rows: [{ itemId: item!.id, hasConflict, statement: 'Tidak ada' }],
          at: '2026-11-20T02:00:00.000Z',
        });
      for (const decision of ['DEFER', 'AGREE'] as const)
        await replaceDecisions(trx, {
          instansiId: seeded.instansiId,
          sessionId: id,
          rows: [{ itemId: item!.id, decision, notes: null }],
          userId: null,
          at: '2026-11-20T02:00:00.000Z',
        });
    });
    const s = (await getBoardSession(db, seeded.instansiId, id))!;
    expect(s.members.map((m) => m.present)).toEqual([true, false]);
    expect(s.conflicts).toEqual([
      { memberId: chair!.id, itemId: item!.id, hasConflict: false, statement: 'Tidak ada' },
    ]);
    expect(s.proposalIds).toEqual([proposal.id]);
    expect(await decisionsForProposal(db, proposal.id)).toMatchObject([
      { itemId: item!.id, decision: 'AGREE', sessionNumber: `TPK-${proposal.id}` },
    ]);
    expect(await getBoardSession(db, seeded.instansiId + 999, id)).toBeNull();

    const world = (await loadBoardWorld(db, seeded.instansiId, id))!;
    expect(world.items.map((i) => i.id)).toEqual([item!.id]);
    expect(world.proposals).toEqual([{ id: proposal.id, number: proposal.number, state: 'DRAFT' }]);
    expect(world.units.find((u) => u.id === seeded.unitId('BKPSDM.MUTASI'))?.parentId).toBe(
      seeded.unitId('BKPSDM'),
    );
    expect(await loadBoardWorld(db, seeded.instansiId + 999, id)).toBeNull();

    expect(await listBoardSessions(db, seeded.instansiId, tpk2!.userId)).toEqual([
      {
        id,
        number: `TPK-${proposal.id}`,
        heldOn: '2026-11-20',
        place: 'Ruang Rapat',
        version: 1,
        hasMinutes: false,
        myRole: 'SEKRETARIS',
        proposalNumbers: [proposal.number],
      },
    ]);
    expect((await listBoardSessions(db, seeded.instansiId, -1))[0]?.myRole).toBeNull();
  });
});
