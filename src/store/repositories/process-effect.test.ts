import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { insertDecree, insertExcerpt } from './process-decrees.js';
import { applyMoves, moveCountsOfRound } from './process-effect.js';
import { listItems } from './process-items.js';
import { d, seedProposalFixture } from './process-store.fixtures.js';
import { updateWithVersion } from './update-with-version.js';

describeEachDialect('process store: moves taking effect', (database) => {
  it('applies moves in one transaction: history closed and opened, current post changed, counted', async () => {
    const { db, seeded, nurse, proposal } = await seedProposalFixture(database().db);
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
    const { db, seeded } = await seedProposalFixture(database().db);
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
});
