import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../core/model/local-date.js';
import { takeDueEffects } from '../../services/process/take-due-effects.js';
import {
  auditTotal,
  call,
  draft,
  instansiId,
  moves,
  ok,
  setClock,
  setUpProposalApp,
  signInAll,
  step,
  t,
  toApproved,
} from './proposal-routes.fixtures.js';

// Eligibility is judged on the TMT of the move, and judged again when the SK is issued and when the
// move takes effect (DOMAIN.md 15.6; issue 13 item 5). Today is 2026-11-28 in every test app.
setUpProposalApp();

type Issue = { field: string; value: unknown; rule: string; messages: { id: string; en: string } };

/** Moves a person's current post to have started on `since` (as if the SK had said so). */
async function inPostSince(employeeId: number, since: string) {
  await t.ctx.db
    .updateTable('position_assignments')
    .set({ start_date: since })
    .where('employee_id', '=', employeeId)
    .where('end_date', 'is', null)
    .execute();
  await t.ctx.db
    .updateTable('employees')
    .set({ current_position_since: since })
    .where('id', '=', employeeId)
    .execute();
}

/** A disciplinary case recorded for a person now: under examination, or a penalty being served. */
async function imposeCase(employeeId: number) {
  const instansi = await t.ctx.db
    .selectFrom('employees')
    .select('instansi_id')
    .where('id', '=', employeeId)
    .executeTakeFirstOrThrow();
  return (
    await t.ctx.db
      .insertInto('disciplinary_cases')
      .values({
        instansi_id: instansi.instansi_id,
        employee_id: employeeId,
        status: 'DIJATUHI',
        level: 'SEDANG',
        penalty_type: 'POTONGAN_TPK_25_6_BULAN',
        description: 'Tidak masuk kerja 12 hari tanpa keterangan',
        decision_number: '800.1.6.4/77/BKPSDM/2026',
        decision_date: '2026-11-28',
        start_date: '2026-12-01',
        end_date: '2027-05-31',
        suspended_from_duty: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

const liftCase = (id: number) => t.ctx.db.deleteFrom('disciplinary_cases').where('id', '=', id).execute();

describe('verification judges each move on its TMT', () => {
  it('counts tenure to the TMT: 23 months today but 24 on the TMT passes, one day earlier is refused', async () => {
    const m = moves[0]!;
    // In post since 2024-12-14: 23 whole months on 2026-11-28, 24 on 2026-12-14.
    await inPostSince(m.employeeId, '2024-12-14');

    const early = await draft([m], 'operator', '2026-12-13');
    await step(early.id, 'submit', 'operator');
    const before = await auditTotal();
    const submitted = await ok('GET', `/proposals/${early.id}`, 'kepala.bkpsdm');
    const refused = await call('POST', `/proposals/${early.id}/verify`, 'kepala.bkpsdm', {
      version: submitted.version,
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error).toMatchObject({
      code: 'WORKFLOW_ELIGIBILITY_BLOCKED',
      field: 'items',
      rule: 'R-TENURE-MIN',
    });
    expect(error.value).toEqual([m.nip]);
    expect(error.messages.id).toContain(m.nip);
    expect(error.messages.id).toContain('2026-12-13');
    expect(error.messages.en).toContain('23 months');
    expect(error.issues.map((i: Issue) => [i.value, i.rule])).toEqual([[m.nip, 'R-TENURE-MIN']]);
    // Nothing written: same state, version and audit log, no stored eligibility.
    const after = await ok('GET', `/proposals/${early.id}`, 'kepala.bkpsdm');
    expect(after).toMatchObject({ state: 'SUBMITTED', version: submitted.version });
    expect(after.items[0].eligibility).toBeNull();
    expect(await auditTotal()).toBe(before);
    await step(early.id, 'withdraw', 'operator', { reason: 'TMT digeser ke 14 Desember' });

    const onTime = await draft([m], 'operator', '2026-12-14');
    await step(onTime.id, 'submit', 'operator');
    const verified = await step(onTime.id, 'verify', 'kepala.bkpsdm');
    expect(verified.state).toBe('VERIFIED');
    const tenure = verified.items[0].eligibility.results.find(
      (r: { code: string }) => r.code === 'R-TENURE-MIN',
    );
    expect(tenure).toMatchObject({ status: 'PASS', evidence: { tenureMonths: 24 } });
    expect(verified.items[0].eligibility.checkedOn).toBe('2026-11-28');
  });

  it('refuses a person who reaches the retirement age (BUP) between today and the TMT', async () => {
    // A move into a pelaksana post, whose BUP is 58 (model/retirement.ts).
    const kinds = await t.ctx.db
      .selectFrom('positions')
      .select(['id', 'kind'])
      .where(
        'id',
        'in',
        moves.slice(1).map((m) => m.toPositionId),
      )
      .execute();
    const pelaksana = new Set(kinds.filter((k) => k.kind === 'PELAKSANA').map((k) => k.id));
    const m = moves.slice(1).find((x) => pelaksana.has(x.toPositionId));
    expect(m, 'a move into a pelaksana post').toBeDefined();
    // Born 1968-11-10: 58 on 2026-11-10, retired from 2026-12-01 (after today, before the TMT).
    await t.ctx.db
      .updateTable('employees')
      .set({ birth_date: '1968-11-10' })
      .where('id', '=', m!.employeeId)
      .execute();

    const p = await draft([m!], 'operator', '2026-12-14');
    await step(p.id, 'submit', 'operator');
    const submitted = await ok('GET', `/proposals/${p.id}`, 'kepala.bkpsdm');
    const refused = await call('POST', `/proposals/${p.id}/verify`, 'kepala.bkpsdm', {
      version: submitted.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'WORKFLOW_ELIGIBILITY_BLOCKED',
      rule: 'R-BUP-PASSED',
    });
    expect(refused.json().error.messages.id).toContain(m!.nip);
    await step(p.id, 'withdraw', 'operator', { reason: 'Pegawai memasuki masa pensiun' });
  });
});

describe('a penalty imposed after verification', () => {
  it('stops the SK and then the move taking effect, each time naming the person and the rule, writing nothing', async () => {
    const m = moves[5]!;
    const p = await draft([m], 'operator', '2026-12-14');
    await toApproved(p.id, 'TPK/UJI/TMT/1');

    // The SK: refused while the penalty runs on the TMT, and nothing of the SK is written.
    const penalty = await imposeCase(m.employeeId);
    const approved = await ok('GET', `/proposals/${p.id}`, 'operator');
    const before = await auditTotal();
    const counters = await t.ctx.db.selectFrom('decree_counters').selectAll().execute();
    const refusedSk = await call('POST', `/proposals/${p.id}/issue-sk`, 'operator', {
      version: approved.version,
    });
    expect(refusedSk.statusCode).toBe(409);
    const skError = refusedSk.json().error;
    expect(skError).toMatchObject({ code: 'WORKFLOW_ELIGIBILITY_BLOCKED', rule: 'R-HUKDIS', value: [m.nip] });
    expect(skError.messages.id).toContain(m.nip);
    expect(skError.messages.id).toContain('R-HUKDIS');
    expect(skError.messages.en).toContain('800.1.6.4/77/BKPSDM/2026');
    const still = await ok('GET', `/proposals/${p.id}`, 'operator');
    expect(still).toMatchObject({ state: 'APPROVED', version: approved.version, decree: null });
    expect(
      await t.ctx.db.selectFrom('decrees').select('id').where('proposal_id', '=', p.id).execute(),
    ).toEqual([]);
    expect(await t.ctx.db.selectFrom('decree_counters').selectAll().execute()).toEqual(counters);
    expect(await auditTotal()).toBe(before);

    // Lifted (e.g. annulled on appeal): the SK is issued and the re-check is stored on the move.
    await liftCase(penalty);
    const issued = await step(p.id, 'issue-sk', 'operator');
    expect(issued.state).toBe('SK_ISSUED');
    expect(issued.items[0].eligibility).toMatchObject({ status: expect.stringMatching(/^ELIGIBLE/) });
    await step(p.id, 'sign-sk', 'walikota');
    await step(p.id, 'announce', 'operator');

    // A new penalty after the SK: on the TMT, after the objection window, the move does not take effect.
    await imposeCase(m.employeeId);
    setClock(new Date('2026-12-15T03:00:00Z'));
    try {
      await signInAll();
      const due = await ok('GET', `/proposals/${p.id}`, 'operator');
      const history = await t.ctx.db
        .selectFrom('position_assignments')
        .selectAll()
        .where('employee_id', '=', m.employeeId)
        .orderBy('id')
        .execute();
      const auditBefore = await auditTotal();
      const refused = await call('POST', `/proposals/${p.id}/take-effect`, 'operator', {
        version: due.version,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'WORKFLOW_ELIGIBILITY_BLOCKED',
        rule: 'R-HUKDIS',
        value: [m.nip],
      });
      expect(refused.json().error.messages.en).toContain(m.nip);
      // All or nothing: the proposal, the person's posts and the record of effects are unchanged.
      expect(await ok('GET', `/proposals/${p.id}`, 'operator')).toMatchObject({
        state: 'ANNOUNCED',
        version: due.version,
      });
      expect(
        await t.ctx.db
          .selectFrom('position_assignments')
          .selectAll()
          .where('employee_id', '=', m.employeeId)
          .orderBy('id')
          .execute(),
      ).toEqual(history);
      expect(
        await t.ctx.db
          .selectFrom('effective_applications')
          .select('id')
          .where('proposal_id', '=', p.id)
          .execute(),
      ).toEqual([]);
      expect(await auditTotal()).toBe(auditBefore);
      // The CLI path reports the same refusal with its code and the NIP in its message.
      const principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' } as const;
      expect(await takeDueEffects(t.ctx, principal, '2026-12-15' as LocalDate)).toEqual([
        {
          number: p.number,
          outcome: 'REFUSED',
          code: 'WORKFLOW_ELIGIBILITY_BLOCKED',
          message: expect.stringContaining(`NIP ${m.nip}: R-HUKDIS`),
        },
      ]);
    } finally {
      setClock(new Date('2026-11-28T03:00:00Z'));
      await signInAll();
    }
  });
});
