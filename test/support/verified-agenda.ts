import { expect } from 'vitest';
import type { LocalDate } from '../../src/core/model/local-date.js';
import { insertItems } from '../../src/store/repositories/process-items.js';
import { insertProposal, nextProposalNumber } from '../../src/store/repositories/process-proposals.js';
import type { TestApp } from './test-app.js';

/**
 * A verified proposal of `count` moves of distinct PNS, written through the store as a plan's proposal
 * would arrive at the board (the board does not re-judge eligibility, so any posts do). Every third
 * move stays inside its OPD, the others cross OPDs, so the agenda can be filtered by kind of move.
 */
export async function verifiedAgenda(t: TestApp, count: number): Promise<{ id: number; number: string }> {
  const db = t.ctx.db;
  const operator = await db
    .selectFrom('users')
    .select(['id', 'instansi_id'])
    .where('username', '=', 'operator')
    .executeTakeFirstOrThrow();
  const busy = db.selectFrom('proposal_items').select('employee_id');
  const people = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .select(['e.id', 'e.current_position_id', 'p.unit_id'])
    .where('e.instansi_id', '=', operator.instansi_id)
    .where('e.status', '=', 'ACTIVE')
    .where('e.employment_type', '=', 'PNS')
    .where('e.current_golongan', 'is not', null)
    .where('e.id', 'not in', busy)
    .orderBy('e.id')
    .limit(count)
    .execute();
  expect(people.length).toBe(count);
  const posts = await db
    .selectFrom('positions')
    .select(['id', 'unit_id'])
    .where('instansi_id', '=', operator.instansi_id)
    .orderBy('id')
    .execute();
  return db.transaction().execute(async (trx) => {
    const proposal = await insertProposal(trx, {
      instansiId: operator.instansi_id,
      number: await nextProposalNumber(trx, operator.instansi_id, 2026),
      title: 'Mutasi seluruh kota dari rencana',
      round: '2027-I',
      tmt: '2027-01-04' as LocalDate,
      planId: null,
      planSummary: null,
      createdByUserId: operator.id,
    });
    await insertItems(
      trx,
      people.map((person, i) => {
        const to = posts[(i * 7 + 3) % posts.length]!;
        return {
          instansiId: operator.instansi_id,
          proposalId: proposal.id,
          employeeId: person.id,
          fromPositionId: person.current_position_id,
          fromUnitId: person.unit_id,
          toPositionId: to.id,
          toUnitId: to.unit_id,
          moveType: i % 3 === 0 ? 'ROTASI_INTERNAL_OPD' : 'ANTAR_OPD',
          isPromotion: false,
          isDemotion: false,
          reason: 'Hasil rencana mutasi seluruh kota',
          legalGround: 'PP 11/2017 Pasal 190',
          explanation: null,
        };
      }),
    );
    await trx.updateTable('proposals').set({ state: 'VERIFIED' }).where('id', '=', proposal.id).execute();
    return { id: proposal.id, number: proposal.number };
  });
}
