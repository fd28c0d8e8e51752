import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { down, up } from '../migrations/2026112806_process.js';
import * as overrides from '../migrations/2026120801_tenure_overrides.js';
import * as signings from '../migrations/2026120830_decree_signing.js';
import { insertDecree, takeDecreeSeq } from './process-decrees.js';
import { employeesInOpenProposals, listItems } from './process-items.js';
import { insertTransition, listTransitions, nextProposalNumber } from './process-proposals.js';
import { d, seedProposalFixture } from './process-store.fixtures.js';
import { updateWithVersion } from './update-with-version.js';

// Proposals, their versions, decree numbers and the migration; moves taking effect are in
// `process-effect.test.ts`, board sessions in `process-board.test.ts`.
describeEachDialect('process store', (database) => {
  it('stores a proposal with its items, names and history, numbered per year', async () => {
    const { db, seeded, nurse, proposal } = await seedProposalFixture(database().db);
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
    const { db, proposal } = await seedProposalFixture(database().db);
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
    const { db, seeded, proposal } = await seedProposalFixture(database().db);
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
      signatoryName: 'Wali Kota Uji',
      signatoryRole: 'WALI KOTA SIBOLGA',
      issuedByUserId: 1,
      issuedAt: '2026-11-28T03:00:00.000Z',
    };
    await db.transaction().execute((trx) => insertDecree(trx, decree));
    await expect(db.transaction().execute((trx) => insertDecree(trx, decree))).rejects.toThrow();
  });

  it('migrates down and up again (its own tables only)', async () => {
    const { db } = database();
    const names = async () => (await db.introspection.getTables()).map((t) => t.name);
    // The tenure overrides and the SK signatures (later migrations) point at proposals and decrees:
    // they go first and come back last.
    await signings.down(db);
    await overrides.down(db);
    await down(db);
    expect(await names()).not.toContain('proposals');
    expect(await names()).toContain('employees');
    await up(db);
    await overrides.up(db);
    await signings.up(db);
    expect(await names()).toEqual(
      expect.arrayContaining(['proposals', 'board_sessions', 'decrees', 'objections']),
    );
  });
});
