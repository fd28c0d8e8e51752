import type { Kysely } from 'kysely';
import type { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';
import { insertItems } from './process-items.js';
import { insertProposal, nextProposalNumber } from './process-proposals.js';

/** Shared setup of the process store suites: a seeded instansi with one draft proposal. */

export const d = (s: string) => s as LocalDate;

/** A fresh seeded instansi and a draft proposal moving its nurse (employee 2) to the ANALIS post. */
export async function seedProposalFixture(db: Kysely<Database>, dataset?: ReturnType<typeof buildDataset>) {
  const seeded = await seedDataset(db, dataset);
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
