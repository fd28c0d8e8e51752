import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { down, up } from '../migrations/2026112806_process.js';
import {
  decisionsForProposal,
  getBoardSession,
  insertBoardSession,
  setAttendance,
  upsertConflict,
  upsertDecision,
} from './process-board.js';
import { insertDecree, insertExcerpt, takeDecreeSeq } from './process-decrees.js';
import { applyMoves, moveCountsOfRound } from './process-effect.js';
import { employeesInOpenProposals, insertItems, listItems } from './process-items.js';
import {
  insertProposal,
  insertTransition,
  listTransitions,
  nextProposalNumber,
} from './process-proposals.js';
import { updateWithVersion } from './update-with-version.js';

const d = (s: string) => s as LocalDate;

describeEachDialect('process store', (database) => {
  async function fixture() {
    const { db } = database();
    const seeded = await seedDataset(db);
    const nurse = seeded.employee(2);
    const proposal = await db.transaction().execute(async (trx) => {
      const p = await insertProposal(trx, {
        instansiId: seeded.instansiId,
        number: await nextProposalNumber(trx, seeded.instansiId, 2026),
        title: 'Mutasi uji',
        round: '2026-I',
        tmt: d('2026-12-01'),
        planId: 7,
        planSummary: { certificate: { status: 'OPTIMAL' } },
        createdByUserId: 1,
      });
      await insertItems(trx, [
        {
          instansiId: seeded.instansiId,
          proposalId: p.id,
          employeeId: nurse,
          fromPositionId: seeded.positionId('PERAWAT'),
          fromUnitId: seeded.unitId('DINKES.PKM1'),
          toPositionId: seeded.positionId('ANALIS'),
          toUnitId: seeded.unitId('BKPSDM.MUTASI'),
          moveType: 'ANTAR_OPD',
          isPromotion: false,
          isDemotion: false,
          reason: 'Kebutuhan organisasi',
          legalGround: 'PP 11/2017 Pasal 190',
          explanation: { score: 0.8 },
        },
      ]);
      return p;
    });
    return { db, seeded, nurse, proposal };
  }

  it('stores a proposal with its items, names and history, numbered per year', async () => {
    const { db, seeded, nurse, proposal } = await fixture();
    expect(proposal).toMatchObject({
      state: 'DRAFT',
      version: 1,
      planId: 7,
      planSummary: { certificate: { status: 'OPTIMAL' } },
    });
    expect(proposal.number).toMatch(/^USL-2026-\d{3}$/);
    expect(await nextProposalNumber(db, seeded.instansiId, 2026)).not.toBe(proposal.number);
    const [item] = await listItems(db, [proposal.id]);
    expect(item).toMatchObject({
      employeeId: nurse,
      fromPositionName: expect.any(String),
      toPositionId: seeded.positionId('ANALIS'),
      isPromotion: false,
      explanation: { score: 0.8 },
      eligibility: null,
    });
    expect(await employeesInOpenProposals(db, seeded.instansiId, [nurse], -1)).toEqual([nurse]);
    expect(await employeesInOpenProposals(db, seeded.instansiId, [nurse], proposal.id)).toEqual([]);
    await db.transaction().execute((trx) =>
      insertTransition(trx, {
        instansiId: seeded.instansiId,
        proposalId: proposal.id,
        transition: 'submit',
        fromState: 'DRAFT',
        toState: 'SUBMITTED',
        actorUserId: 1,
        actorRole: 'BKPSDM_OPERATOR',
        reason: null,
        occurredAt: '2026-11-28T03:00:00.000Z',
      }),
    );
    expect(await listTransitions(db, proposal.id)).toMatchObject([
      { fromState: 'DRAFT', toState: 'SUBMITTED', occurredAt: '2026-11-28T03:00:00.000Z' },
    ]);
  });

  it('guards a proposal with its version: a stale one changes nothing', async () => {
    const { db, proposal } = await fixture();
    await updateWithVersion(db, 'proposals', proposal.id, 1, { state: 'SUBMITTED' });
    await expect(
      updateWithVersion(db, 'proposals', proposal.id, 1, { state: 'WITHDRAWN' }),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    const row = await db
      .selectFrom('proposals')
      .select(['state', 'version'])
      .where('id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'SUBMITTED', version: 2 });
  });

  it('counts decree numbers per year and type, and never issues one number twice', async () => {
    const { db, seeded, proposal } = await fixture();
    const seqs = await db
      .transaction()
      .execute(async (trx) => [
        await takeDecreeSeq(trx, seeded.instansiId, 'SK_MUTASI', 2026),
        await takeDecreeSeq(trx, seeded.instansiId, 'SK_MUTASI', 2026),
        await takeDecreeSeq(trx, seeded.instansiId, 'SK_MUTASI', 2027),
      ]);
    expect(seqs).toEqual([1, 2, 1]);
    const decree = {
      instansiId: seeded.instansiId,
      proposalId: proposal.id,
      number: '800.1.3.3/001/BKPSDM/2026',
      year: 2026,
      seq: 1,
      decreeDate: d('2026-11-28'),
      tmt: d('2026-12-01'),
      place: 'Sibolga',
      signatoryName: 'NAMA WALI KOTA',
      signatoryRole: 'WALI KOTA SIBOLGA',
      issuedByUserId: 1,
      issuedAt: '2026-11-28T03:00:00.000Z',
    };
    await db.transaction().execute((trx) => insertDecree(trx, decree));
    await expect(db.transaction().execute((trx) => insertDecree(trx, decree))).rejects.toThrow();
  });

  it('applies moves in one transaction: history closed and opened, current post changed, counted', async () => {
    const { db, seeded, nurse, proposal } = await fixture();
    const move = {
      employeeId: nurse,
      nip: 'x',
      fromPositionId: seeded.positionId('PERAWAT'),
      toPositionId: seeded.positionId('ANALIS'),
    };
    const applied = await db
      .transaction()
      .execute((trx) => applyMoves(trx, seeded.instansiId, [move], d('2026-12-01'), 'SK-1'));
    expect(applied[0]).toMatchObject({
      fromPositionId: move.fromPositionId,
      toPositionId: move.toPositionId,
    });
    const rows = await db
      .selectFrom('position_assignments')
      .select(['position_id', 'start_date', 'end_date', 'sk_number'])
      .where('employee_id', '=', nurse)
      .orderBy('start_date')
      .execute();
    expect(rows.slice(-2)).toEqual([
      { position_id: move.fromPositionId, start_date: '2012-02-01', end_date: '2026-11-30', sk_number: null },
      { position_id: move.toPositionId, start_date: '2026-12-01', end_date: null, sk_number: 'SK-1' },
    ]);
    const current = await db
      .selectFrom('employees')
      .select('current_position_id')
      .where('id', '=', nurse)
      .executeTakeFirstOrThrow();
    expect(current.current_position_id).toBe(move.toPositionId);

    // The same move again: the person is no longer where the proposal says; nothing is written.
    await expect(
      db.transaction().execute((trx) => applyMoves(trx, seeded.instansiId, [move], d('2026-12-02'), 'SK-2')),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { rule: 'FROM_POSITION_CURRENT' } });
    const count = await db
      .selectFrom('position_assignments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('employee_id', '=', nurse)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(rows.length);

    const [item] = await listItems(db, [proposal.id]);
    await db.transaction().execute(async (trx) => {
      await updateWithVersion(trx, 'proposals', proposal.id, 1, { state: 'EFFECTIVE' });
      const decreeId = await insertDecree(trx, {
        instansiId: seeded.instansiId,
        proposalId: proposal.id,
        number: `SK-${proposal.id}`,
        year: 2026,
        seq: proposal.id,
        decreeDate: d('2026-11-28'),
        tmt: d('2026-12-01'),
        place: 'Sibolga',
        signatoryName: 'x',
        signatoryRole: 'y',
        issuedByUserId: null,
        issuedAt: '2026-11-28T03:00:00.000Z',
      });
      await insertExcerpt(trx, {
        instansiId: seeded.instansiId,
        decreeId,
        itemId: item!.id,
        employeeId: nurse,
        sha256: null,
        pdfBase64: null,
      });
    });
    const counts = await moveCountsOfRound(db, seeded.instansiId, '2026-I');
    expect(counts.byType).toEqual([{ moveType: 'ANTAR_OPD', count: 1 }]);
    expect(counts.byUnit).toEqual([{ unit: 'Bidang Mutasi', count: 1 }]);
  });

  it('refuses a move into a post without a free seat (POSITION_FULL) and rolls back', async () => {
    const { db, seeded } = await fixture();
    const kadis = seeded.employee(0);
    const sekdis = seeded.employee(1);
    // KADIS has one seat, held by employee 0: moving employee 1 in overfills it.
    const move = {
      employeeId: sekdis,
      nip: 'y',
      fromPositionId: seeded.positionId('SEKDIS'),
      toPositionId: seeded.positionId('KADIS'),
    };
    await expect(
      db.transaction().execute((trx) => applyMoves(trx, seeded.instansiId, [move], d('2026-12-01'), 'SK-3')),
    ).rejects.toMatchObject({ code: 'POSITION_FULL' });
    const current = await db
      .selectFrom('employees')
      .select(['id', 'current_position_id'])
      .where('id', 'in', [kadis, sekdis])
      .orderBy('id')
      .execute();
    expect(current.map((c) => c.current_position_id)).toEqual([
      seeded.positionId('KADIS'),
      seeded.positionId('SEKDIS'),
    ]);
  });

  it('keeps a board session: members, attendance, declarations and decisions (replaced, not doubled)', async () => {
    const { db, seeded, proposal } = await fixture();
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

  it('migrates down and up again (its own tables only)', async () => {
    const { db } = database();
    const names = async () => (await db.introspection.getTables()).map((t) => t.name);
    await down(db);
    expect(await names()).not.toContain('proposals');
    expect(await names()).toContain('employees');
    await up(db);
    expect(await names()).toEqual(
      expect.arrayContaining(['proposals', 'board_sessions', 'decrees', 'objections']),
    );
  });
});
